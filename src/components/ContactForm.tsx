'use client'

import { useState } from 'react'

import { FormField } from './FormField'

const fields = [
  { name: 'name', label: 'Your name', type: 'text', autoComplete: 'name', required: true },
  { name: 'email', label: 'Email', type: 'email', autoComplete: 'email', required: true },
  { name: 'phone', label: 'Phone (optional)', type: 'tel', autoComplete: 'tel', required: false },
] as const

/** Posts to /contact/send and shows its field errors, the rate-limit message, or a thank-you. */
export function ContactForm() {
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [status, setStatus] = useState<{ kind: 'sent' | 'error'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    setBusy(true)
    setErrors({})
    setStatus(null)
    try {
      const res = await fetch('/contact/send', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(Object.fromEntries(new FormData(form))),
      })
      const body = (await res.json().catch(() => ({}))) as {
        message?: string
        errors?: Record<string, string>
      }
      if (res.ok) {
        form.reset()
        setStatus({
          kind: 'sent',
          text: 'Thank you. Your message is with our team; we will reply soon.',
        })
      } else {
        setErrors(body.errors ?? {})
        setStatus({ kind: 'error', text: body.message || 'Sending failed. Please try again.' })
      }
    } catch {
      setStatus({
        kind: 'error',
        text: 'We could not reach the server. Check your connection and try again.',
      })
    }
    setBusy(false)
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
      {status ? (
        <p
          role={status.kind === 'error' ? 'alert' : 'status'}
          className={`border-l-2 px-3 py-2 text-sm ${status.kind === 'sent' ? 'border-gold-700 bg-gold-300/20' : 'border-ruby bg-ruby/5 text-ruby'}`}
        >
          {status.text}
        </p>
      ) : null}
      <button type="submit" disabled={busy} className="btn-primary w-full sm:w-auto">
        {busy ? 'Sending…' : 'Send message'}
      </button>
    </form>
  )
}
