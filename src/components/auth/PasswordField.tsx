'use client'

import { useState } from 'react'

import { FormField } from '../FormField'

type Props = Omit<React.ComponentProps<typeof FormField>, 'type' | 'trailing'>

/**
 * A password field with a Show/Hide button inside it, so a person on a phone can check what they
 * typed. The button is named by its text ("Show password") and says whether it is on (aria-pressed).
 */
export function PasswordField(props: Props) {
  const [shown, setShown] = useState(false)
  return (
    <FormField
      {...props}
      type={shown ? 'text' : 'password'}
      autoCapitalize="none"
      autoCorrect="off"
      spellCheck={false}
      trailing={
        <button
          type="button"
          onClick={() => setShown((s) => !s)}
          aria-pressed={shown}
          aria-controls={props.id}
          className="absolute inset-y-0 right-0 flex min-w-16 items-center justify-center px-3 text-xs tracking-[0.12em] text-gold-700 uppercase hover:text-ink focus-visible:ring-2 focus-visible:ring-gold-700 focus-visible:outline-none"
        >
          {shown ? 'Hide' : 'Show'}
          {/* Content, not aria-label: the field's own label stays the only one naming it. */}
          <span className="sr-only"> password</span>
        </button>
      }
    />
  )
}
