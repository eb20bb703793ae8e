/** A form's problem, announced to screen readers as it appears; nothing when there is none. */
export function FormAlert({
  message,
  className = '',
}: {
  message: string | null
  className?: string
}) {
  return message ? (
    <p
      role="alert"
      className={`border-l-2 border-ruby bg-ruby/5 px-3 py-2 text-sm text-ruby ${className}`}
    >
      {message}
    </p>
  ) : null
}
