'use client'

import Link from 'next/link'
import { useState } from 'react'

import { isStorefrontCollection, type StorefrontCollection } from '@/lib/accounts'

import { FormAlert } from '../FormAlert'
import { FormField } from '../FormField'
import { refusalMessage, sendJson, useSubmit } from '../useSubmit'
import { AccountKindChoice } from './AccountKindChoice'

/**
 * Asks Payload to email a reset link (`/api/<collection>/forgot-password`). The answer is the same
 * whether or not the email has an account, so the page never tells anyone who is registered.
 */
export function ForgotPasswordForm({ initialKind }: { initialKind?: string }) {
  const [kind, setKind] = useState<StorefrontCollection>(
    isStorefrontCollection(initialKind) ? initialKind : 'customers',
  )
  const [sentTo, setSentTo] = useState<string | null>(null)
  const { busy, error, setError, run } = useSubmit({ settle: true })

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const email = String(new FormData(event.currentTarget).get('email') ?? '').trim()
    await run(async () => {
      const res = await sendJson(`/api/${kind}/forgot-password`, { email })
      if (!res.ok) return refusalMessage(res.body, 'That did not work. Please try again.')
      setSentTo(email)
    })
  }

  if (sentTo) {
    return (
      <div className="space-y-6 text-center" role="status" data-testid="reset-requested">
        <p>
          If <strong className="break-all">{sentTo}</strong> belongs to an account of this kind, we
          have emailed it a link to choose a new password. The link works once, within an hour.
        </p>
        <p className="text-sm text-ink-soft">
          Nothing arrived? Check the spam folder, or{' '}
          <button
            type="button"
            onClick={() => setSentTo(null)}
            className="text-gold-700 underline underline-offset-4"
          >
            try again
          </button>{' '}
          with the account type you registered as.
        </p>
        <Link href={`/login?as=${kind}`} className="btn-outline">
          Back to sign in
        </Link>
      </div>
    )
  }

  return (
    <form onSubmit={submit} className="space-y-6" data-testid="forgot-password-form">
      <AccountKindChoice
        legend="My account is a"
        value={kind}
        onChange={(next) => {
          setKind(next)
          setError(null)
        }}
      />
      <FormField
        id="forgot-email"
        name="email"
        label="Email"
        type="email"
        required
        autoComplete="email"
      />
      <FormAlert message={error} />
      <button type="submit" disabled={busy} className="btn-primary w-full">
        {busy ? 'Sending…' : 'Email me a reset link'}
      </button>
      <p className="text-center text-sm text-ink-soft">
        Remembered it?{' '}
        <Link href={`/login?as=${kind}`} className="text-gold-700 underline underline-offset-4">
          Sign in
        </Link>{' '}
        · Staff reset their password from the{' '}
        <Link href="/admin/forgot" className="text-gold-700 underline underline-offset-4">
          admin panel
        </Link>
      </p>
    </form>
  )
}
