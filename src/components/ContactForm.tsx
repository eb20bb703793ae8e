'use client'

import { useState } from 'react'

import { FormAlert } from './FormAlert'
import { FormField } from './FormField'
import { sendJson, useSubmit } from './useSubmit'

const fields = [
  { name: 'name', label: 'Your name', type: 'text', autoComplete: 'name', required: true },
  { name: 'email', label: 'Email', type: 'email', autoComplete: 'email', required: true },
  { name: 'phone', label: 'Phone (optional)', type: 'tel', autoComplete: 'tel', required: false },
] as const

/** Posts to /contact/send and shows its field errors, the rate-limit message, or a thank-you. */
export function ContactForm() {
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [sent, setSent] = useState(false)
  const { busy, error, run } = useSubmit({ settle: true })

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    setErrors({})
    setSent(false)
    await run(async () => {
      const res = await sendJson('/contact/send', Object.fromEntries(new FormData(form)))
      const body = (res.body ?? {}) as { message?: string; errors?: Record<string, string> }
      if (res.ok) {
        form.reset()
        return setSent(true)
      }
      setErrors(body.errors ?? {})
      return body.message || 'Sending failed. Please try again.'
    })
  }

  return (
    <form onSubmit={submit} className="space-y-5" data-testid="contact-form">
      <div className="grid gap-5 sm:grid-cols-2">
        {fields.map((field) => (
          <FormField
            key={field.name}
            id={`contact-${field.name}`}
            name={field.name}
            label={field.label}
            error={errors[field.name]}
            type={field.type}
            autoComplete={field.autoComplete}
            required={field.required}
            className={field.name === 'name' ? 'sm:col-span-2' : undefined}
          />
        ))}
      </div>
      <FormField
        id="contact-message"
        name="message"
        label="Message"
        error={errors.message}
        rows={5}
        required
        minLength={10}
        maxLength={2000}
      />
      <div aria-hidden className="absolute -left-[9999px]">
        <label htmlFor="contact-website">Website</label>
        <input id="contact-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      {error ? (
        <FormAlert message={error} />
      ) : sent ? (
        <p role="status" className="border-l-2 border-gold-700 bg-gold-300/20 px-3 py-2 text-sm">
          Thank you. Your message is with our team; we will reply soon.
        </p>
      ) : null}
      <button type="submit" disabled={busy} className="btn-primary w-full sm:w-auto">
        {busy ? 'Sending…' : 'Send message'}
      </button>
    </form>
  )
}
