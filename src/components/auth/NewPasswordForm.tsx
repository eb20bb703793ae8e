'use client'

import type { DocumentId } from '@/lib/queryInput'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { newPasswordProblems, passwordHint } from '@/lib/password'

import { FormAlert } from '../FormAlert'
import { FormField } from '../FormField'
import { sendJson, useSubmit } from '../useSubmit'
import { readPayloadErrors } from './payloadErrors'

/**
 * A karigar's first step after signing in with the temporary password staff gave them: choose
 * their own (a PATCH of their own account), then sign in again with it.
 */
export function NewPasswordForm({ id, email }: { id: DocumentId; email: string }) {
  const router = useRouter()
  const [fieldErrors, setFieldErrors] = useState<{ password?: string; confirm?: string }>({})
  const { busy, error, setError, run } = useSubmit()

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const password = String(form.get('password') ?? '')
    const problems = newPasswordProblems(password, String(form.get('confirm') ?? ''))
    setFieldErrors(problems)
    if (Object.keys(problems).length > 0) return setError(null)
    await run(async () => {
      const res = await sendJson(`/api/goldsmiths/${id}`, { password }, 'PATCH')
      if (res.ok) {
        await sendJson('/api/goldsmiths/login', { email, password })
        router.refresh()
        return
      }
      const parsed = readPayloadErrors(res.body)
      if (!parsed.fields.password) return parsed.message || 'The password could not be changed.'
      setFieldErrors({ password: parsed.fields.password })
      return false
    })
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
