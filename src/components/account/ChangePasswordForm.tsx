'use client'

import { useState } from 'react'

import type { StorefrontCollection } from '@/lib/accounts'

import { PasswordField } from '../auth/PasswordField'
import { useNewPasswordFields } from '../auth/NewPasswordFields'
import { readPayloadErrors } from '../auth/payloadErrors'
import { FormAlert } from '../FormAlert'
import { sendJson, useSubmit } from '../useSubmit'

/**
 * Replaces the signed-in person's password through `/api/<collection>/change-password`, which
 * checks the current one first. This session stays signed in; every other one is signed out.
 */
export function ChangePasswordForm({ collection }: { collection: StorefrontCollection }) {
  const { fields, read, setProblems } = useNewPasswordFields()
  const [currentProblem, setCurrentProblem] = useState<string>()
  const [done, setDone] = useState(false)
  const { busy, error, setError, run } = useSubmit({ settle: true })

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const data = new FormData(form)
    const currentPassword = String(data.get('currentPassword') ?? '')
    setDone(false)
    setCurrentProblem(currentPassword ? undefined : 'Enter your current password')
    const password = read(data)
    if (password === null || !currentPassword) return setError(null)
    await run(async () => {
      const res = await sendJson(`/api/${collection}/change-password`, {
        currentPassword,
        password,
      })
      if (res.ok) {
        form.reset()
        setDone(true)
        return
      }
      const parsed = readPayloadErrors(res.body)
      setCurrentProblem(parsed.fields.currentPassword)
      setProblems({ password: parsed.fields.password })
      if (parsed.fields.currentPassword || parsed.fields.password) return false
      return parsed.message || 'The password could not be changed. Please try again.'
    })
  }

  return (
    <form onSubmit={submit} className="mt-6 space-y-5" data-testid="change-password-form">
      <PasswordField
        id="current-password"
        name="currentPassword"
        label="Current password"
        error={currentProblem}
        required
        autoComplete="current-password"
      />
      {fields}
      <FormAlert message={error} />
      {done ? (
        <p role="status" className="border-l-2 border-gold-500 pl-3 text-sm" data-testid="saved">
          Your password is changed. Anywhere else you were signed in, you are now signed out.
        </p>
      ) : null}
      <button type="submit" disabled={busy} className="btn-outline w-full sm:w-auto">
        {busy ? 'Saving…' : 'Change password'}
      </button>
    </form>
  )
}
