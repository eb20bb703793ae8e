'use client'

import type { DocumentId } from '@/lib/queryInput'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { sameOriginPath } from '@/lib/safeRedirect'

import { adoptGuestCart } from '../cart/cartStore'
import { announceViewerChange } from '../viewer/ViewerProvider'
import { FormAlert } from '../FormAlert'
import { FormField } from '../FormField'
import { refusalMessage, sendJson, useSubmit } from '../useSubmit'

const roles = [
  { value: 'customers', label: 'Customer' },
  { value: 'vendors', label: 'Retail partner' },
  { value: 'goldsmiths', label: 'Karigar' },
] as const

type Props = { next?: string; initialRole?: string }

/** Signs in through `/api/<collection>/login`; Payload sets the `payload-token` cookie. */
export function LoginForm({ next, initialRole }: Props) {
  const router = useRouter()
  const [role, setRole] = useState<string>(
    roles.some((r) => r.value === initialRole) ? initialRole! : 'customers',
  )
  const { busy, error, run } = useSubmit()

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    await run(async () => {
      const res = await sendJson(`/api/${role}/login`, {
        email: form.get('email'),
        password: form.get('password'),
      })
      if (res.ok) {
        const { user } = res.body as { user: { collection: string; id: DocumentId } }
        adoptGuestCart(`${user.collection}:${user.id}`)
        announceViewerChange()
        router.push(sameOriginPath(next, '/account'))
        router.refresh()
        return
      }
      return res.status === 401
        ? 'That email and password do not match an account of this kind. Check the account type above.'
        : refusalMessage(res.body, 'Signing in failed. Please try again.')
    })
  }

  return (
    <form onSubmit={submit} className="space-y-6" noValidate={false}>
      <fieldset>
        <legend className="label">I am signing in as</legend>
        <div className="grid grid-cols-3 border border-ink/80">
          {roles.map((r) => (
            <label key={r.value} className="cursor-pointer">
              <input
                type="radio"
                name="role"
                value={r.value}
                checked={role === r.value}
                onChange={() => setRole(r.value)}
                className="peer sr-only"
              />
              <span className="flex min-h-11 items-center justify-center px-1 text-center text-xs tracking-[0.1em] uppercase peer-checked:bg-ink peer-checked:text-ivory peer-focus-visible:ring-2 peer-focus-visible:ring-gold-700 sm:text-[0.8rem]">
                {r.label}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <FormField
        id="login-email"
        name="email"
        label="Email"
        type="email"
        required
        autoComplete="email"
      />
      <FormField
        id="login-password"
        name="password"
        label="Password"
        type="password"
        required
        autoComplete="current-password"
      />
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
