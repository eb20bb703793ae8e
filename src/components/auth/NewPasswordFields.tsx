'use client'

import { useState } from 'react'

import { newPasswordProblems, passwordHint } from '@/lib/password'

import { useSubmit } from '../useSubmit'
import { PasswordField } from './PasswordField'
import { readPayloadErrors } from './payloadErrors'

type Problems = { password?: string; confirm?: string }

/**
 * A new password typed twice, for every form that sets one (a karigar's first, a reset, a change):
 * the two fields, and `read` that returns the password or null after showing each problem under
 * its field. `setProblems` shows the server's complaint the same way.
 */
export function useNewPasswordFields() {
  const [problems, setProblems] = useState<Problems>({})
  const read = (form: FormData): string | null => {
    const password = String(form.get('password') ?? '')
    const found = newPasswordProblems(password, String(form.get('confirm') ?? ''))
    setProblems(found)
    return Object.keys(found).length > 0 ? null : password
  }
  const fields = (
    <>
      <PasswordField
        id="new-password"
        name="password"
        label="New password"
        hint={passwordHint}
        error={problems.password}
        required
        autoComplete="new-password"
      />
      <PasswordField
        id="confirm-password"
        name="confirm"
        label="The same again"
        error={problems.confirm}
        required
        autoComplete="new-password"
      />
    </>
  )
  return { fields, read, setProblems }
}

type Outcome = string | false | null | undefined | void

/**
 * A form that only sets a new password: the fields, and an onSubmit that checks them and then
 * runs `save` with the password under useSubmit (its return is the message to show, if any).
 * `refused` turns the server's refusal into what the form shows: its complaint about the password
 * under the field, else its message, else `fallback`.
 */
export function useNewPasswordForm(
  save: (
    password: string,
    refused: (body: unknown, fallback: string) => Outcome,
  ) => Promise<Outcome>,
) {
  const { fields, read, setProblems } = useNewPasswordFields()
  const { busy, error, setError, run } = useSubmit()
  const refused = (body: unknown, fallback: string): Outcome => {
    const parsed = readPayloadErrors(body)
    if (!parsed.fields.password) return parsed.message || fallback
    setProblems({ password: parsed.fields.password })
    return false
  }
  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const password = read(new FormData(event.currentTarget))
    if (password === null) return setError(null)
    await run(() => save(password, refused))
  }
  return { fields, submit, busy, error }
}
