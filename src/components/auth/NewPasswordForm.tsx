'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { newPasswordProblems, passwordHint } from '@/lib/password'

import { FormAlert } from '../FormAlert'
import { FormField } from '../FormField'
import { readPayloadErrors } from './payloadErrors'

/**
 * A karigar's first step after signing in with the temporary password staff gave them: choose
 * their own (a PATCH of their own account), then sign in again with it.
 */
export function NewPasswordForm({ id, email }: { id: number; email: string }) {
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [fieldErrors, setFieldErrors] = useState<{ password?: string; confirm?: string }>({})
  const [busy, setBusy] = useState(false)

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const password = String(form.get('password') ?? '')
    const problems = newPasswordProblems(password, String(form.get('confirm') ?? ''))
    setFieldErrors(problems)
    if (Object.keys(problems).length > 0) {
      setError(null)
      return
    }
    setBusy(true)
    setError(null)
    try {
      const res = await fetch(`/api/goldsmiths/${id}`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ password }),
      })
      if (res.ok) {
        await fetch('/api/goldsmiths/login', {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email, password }),
        })
        router.refresh()
        return
      }
      const parsed = readPayloadErrors(await res.json().catch(() => null))
      if (parsed.fields.password) setFieldErrors({ password: parsed.fields.password })
      else setError(parsed.message || 'The password could not be changed.')
    } catch {
      setError('We could not reach the server. Check your connection and try again.')
    }
    setBusy(false)
  }

  return (
    <form onSubmit={submit} className="mt-6 space-y-5" data-testid="new-password-form">
      <FormField
        id="new-password"
        name="password"
        label="New password"
        hint={passwordHint}
        error={fieldErrors.password}
        type="password"
        required
        autoComplete="new-password"
      />
      <FormField
        id="confirm-password"
        name="confirm"
        label="The same again"
        error={fieldErrors.confirm}
        type="password"
        required
        autoComplete="new-password"
      />
      <FormAlert message={error} />
      <button type="submit" disabled={busy} className="btn-primary w-full">
        {busy ? 'Saving…' : 'Set my password'}
      </button>
    </form>
  )
}
