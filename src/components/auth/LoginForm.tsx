'use client'

import type { DocumentId } from '@/lib/queryInput'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import {
  accountKindLabels,
  isStorefrontCollection,
  type StorefrontCollection,
} from '@/lib/accounts'
import { sameOriginPath } from '@/lib/safeRedirect'

import { adoptGuestCart } from '../cart/cartStore'
import { announceViewerChange } from '../viewer/ViewerProvider'
import { FormAlert } from '../FormAlert'
import { FormField } from '../FormField'
import { refusalMessage, sendJson, useSubmit } from '../useSubmit'
import { AccountKindChoice } from './AccountKindChoice'
import { PasswordField } from './PasswordField'

type Props = { next?: string; initialRole?: string }

/**
 * After a refused sign-in: asks whether these credentials open another kind of account (the server
 * answers only for the right password) and says so, or the usual refusal.
 */
const wrongKindMessage = async (email: unknown, password: unknown, tried: StorefrontCollection) => {
  const res = await sendJson('/api/account-kind', { email, password, tried })
  const kind = (res.body as { kind?: unknown } | null)?.kind
  if (res.ok && isStorefrontCollection(kind)) {
    const label = accountKindLabels[kind]
    return {
      kind,
      message: `That email and password are for a ${label} account. We have chosen “${label}” above: press Sign in again.`,
    }
  }
  return {
    kind: null,
    message:
      'That email and password do not match an account of this kind. Check the account type above.',
  }
}

/** Signs in through `/api/<collection>/login`; Payload sets the `payload-token` cookie. */
export function LoginForm({ next, initialRole }: Props) {
  const router = useRouter()
  const [role, setRole] = useState<StorefrontCollection>(
    isStorefrontCollection(initialRole) ? initialRole : 'customers',
  )
  const { busy, error, setError, run } = useSubmit()

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const credentials = { email: form.get('email'), password: form.get('password') }
    await run(async () => {
      const res = await sendJson(`/api/${role}/login`, credentials)
      if (res.ok) {
        const { user } = res.body as { user: { collection: string; id: DocumentId } }
        adoptGuestCart(`${user.collection}:${user.id}`)
        announceViewerChange()
        router.push(sameOriginPath(next, '/account'))
        router.refresh()
        return
      }
      if (res.status !== 401)
        return refusalMessage(res.body, 'Signing in failed. Please try again.')
      const wrongKind = await wrongKindMessage(credentials.email, credentials.password, role)
      if (wrongKind.kind) setRole(wrongKind.kind)
      return wrongKind.message
    })
  }

  return (
    <form onSubmit={submit} className="space-y-6" noValidate={false}>
      <AccountKindChoice
        legend="I am signing in as"
        value={role}
        onChange={(kind) => {
          setRole(kind)
          setError(null)
        }}
      />
      <FormField
        id="login-email"
        name="email"
        label="Email"
        type="email"
        required
        autoComplete="email"
      />
      <div>
        <PasswordField
          id="login-password"
          name="password"
          label="Password"
          required
          autoComplete="current-password"
        />
        <p className="mt-2 text-right text-sm">
          <Link
            href={`/forgot-password?as=${role}`}
            className="text-gold-700 underline underline-offset-4"
          >
            Forgot your password?
          </Link>
        </p>
      </div>
      <FormAlert message={error} />
      <button type="submit" disabled={busy} className="btn-primary w-full">
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
      <p className="text-center text-sm text-ink-soft">
        New here?{' '}
        <Link href="/register" className="text-gold-700 underline underline-offset-4">
          Create an account
        </Link>{' '}
        · Staff use the{' '}
        <Link href="/admin" className="text-gold-700 underline underline-offset-4">
          admin panel
        </Link>
      </p>
    </form>
  )
}
