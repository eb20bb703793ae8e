import type { InputHTMLAttributes } from 'react'

type FormFieldProps = {
  id: string
  name: string
  label: string
  /** The server's or the browser's complaint; replaces the hint while shown. */
  error?: string
  /** What to type, shown under the field until there is an error. */
  hint?: string
  /** A textarea of this many rows instead of an input. */
  rows?: number
  className?: string
  /** A control drawn inside the input's right end (the show-password button). */
  trailing?: React.ReactNode
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'className'>

/**
 * One labelled field of a storefront form, with its hint or error below it: linked for screen
 * readers (aria-describedby, aria-invalid) and marked `data-field-error` with the field's name, so
 * a test can find the complaint the server made about that field.
 */
export function FormField({
  id,
  name,
  label,
  error,
  hint,
  rows,
  className,
  trailing,
  ...input
}: FormFieldProps) {
  const note = error || hint
  const control = {
    id,
    name,
    'aria-invalid': Boolean(error),
    'aria-describedby': note ? `${id}-note` : undefined,
    className: `field ${error ? '!border-ruby' : ''} ${trailing ? 'pr-20' : ''}`,
  }
  return (
    <div className={className}>
      <label htmlFor={id} className="label">
        {label}
      </label>
      {rows ? (
        <textarea
          rows={rows}
          required={input.required}
          minLength={input.minLength}
          maxLength={input.maxLength}
          autoComplete={input.autoComplete}
          defaultValue={input.defaultValue}
          {...control}
        />
      ) : trailing ? (
        <div className="relative">
          <input {...input} {...control} />
          {trailing}
        </div>
      ) : (
        <input {...input} {...control} />
      )}
      {note ? (
        <p
          id={`${id}-note`}
          className={`mt-1 text-xs ${error ? 'text-ruby' : 'text-ink-soft'}`}
          data-field-error={error ? name : undefined}
        >
          {note}
        </p>
      ) : null}
    </div>
  )
}
