'use client'

import type { DocumentId } from '@/lib/queryInput'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import type { StorefrontCollection } from '@/lib/accounts'

import { adoptGuestCart } from '../cart/cartStore'
import { announceViewerChange } from '../viewer/ViewerProvider'
import { FormAlert } from '../FormAlert'
import { sendJson } from '../useSubmit'
import { useNewPasswordForm } from './NewPasswordFields'

/**
 * The page the emailed link opens: a new password typed twice, sent with the link's token to
 * `/api/<collection>/reset-password`. Payload signs the account in (its cookie), then /account.
 */
export function ResetPasswordForm({
  collection,
  token,
}: {
  collection: StorefrontCollection
  token: string
}) {
  const router = useRouter()
  const [spent, setSpent] = useState(false)
  const { fields, submit, busy, error } = useNewPasswordForm(async (password, refused) => {
    const res = await sendJson(`/api/${collection}/reset-password`, { token, password })
    if (res.ok) {
      const { user } = res.body as { user: { collection: string; id: DocumentId } }
      adoptGuestCart(`${user.collection}:${user.id}`)
      announceViewerChange()
      router.push('/account')
      router.refresh()
      return
    }
    // Payload's answer to a token that is unknown, used or past its hour.
    if (res.status === 403) {
      setSpent(true)
      return false
    }
    return refused(res.body, 'The password could not be changed. Please try again.')
  })

  if (spent) return <ExpiredLink collection={collection} />

  return (
    <form onSubmit={submit} className="space-y-5" data-testid="reset-password-form">
      <p className="text-center text-sm text-ink-soft">
        Type it twice. You will be signed in with it straight away.
      </p>
      {fields}
      <FormAlert message={error} />
      <button type="submit" disabled={busy} className="btn-primary w-full">
        {busy ? 'Saving…' : 'Save and sign in'}
      </button>
    </form>
  )
}

/** What a used, expired or mangled link gets: why, and the way to a fresh one. */
export function ExpiredLink({ collection }: { collection?: StorefrontCollection }) {
  return (
    <div className="space-y-6 text-center" data-testid="reset-link-expired">
      <p role="alert">
        This reset link has expired or was already used. Each link works once, within an hour of
        asking.
      </p>
      <Link
        href={collection ? `/forgot-password?as=${collection}` : '/forgot-password'}
        className="btn-primary"
      >
        Ask for a new link
      </Link>
    </div>
  )
}
