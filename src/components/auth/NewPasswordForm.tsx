'use client'

import type { DocumentId } from '@/lib/queryInput'
import { useRouter } from 'next/navigation'

import { FormAlert } from '../FormAlert'
import { sendJson } from '../useSubmit'
import { useNewPasswordForm } from './NewPasswordFields'

/**
 * A karigar's first step after signing in with the temporary password staff gave them: choose
 * their own (a PATCH of their own account), then sign in again with it.
 */
export function NewPasswordForm({ id, email }: { id: DocumentId; email: string }) {
  const router = useRouter()
  const { fields, submit, busy, error } = useNewPasswordForm(async (password, refused) => {
    const res = await sendJson(`/api/goldsmiths/${id}`, { password }, 'PATCH')
    if (res.ok) {
      await sendJson('/api/goldsmiths/login', { email, password })
      router.refresh()
      return
    }
    return refused(res.body, 'The password could not be changed.')
  })

  return (
    <form onSubmit={submit} className="mt-6 space-y-5" data-testid="new-password-form">
      {fields}
      <FormAlert message={error} />
      <button type="submit" disabled={busy} className="btn-primary w-full">
        {busy ? 'Saving…' : 'Set my password'}
      </button>
    </form>
  )
}
