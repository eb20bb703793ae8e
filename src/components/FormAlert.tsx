'use client'

import { useEffect, useRef } from 'react'

/**
 * A form's problem, announced to screen readers as it appears; nothing when there is none. Every
 * storefront form shows one when a submit fails, so this is where focus moves to the first field
 * the form marks invalid (`aria-invalid`, as FormField does): the keyboard lands where the fixing
 * starts, and the browser scrolls it into view.
 */
export function FormAlert({
  message,
  className = '',
}: {
  message: string | null
  className?: string
}) {
  const alert = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (!message) return
    alert.current?.closest('form')?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [message])
  return message ? (
    <p
      ref={alert}
      role="alert"
      className={`border-l-2 border-ruby bg-ruby/5 px-3 py-2 text-sm text-ruby ${className}`}
    >
      {message}
    </p>
  ) : null
}
