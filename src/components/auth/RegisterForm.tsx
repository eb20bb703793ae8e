'use client'

import type { DocumentId } from '@/lib/queryInput'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { accountInputProblems } from '@/lib/accounts'
import { passwordHint } from '@/lib/password'

import { adoptGuestCart } from '../cart/cartStore'
import { announceViewerChange } from '../viewer/ViewerProvider'
import { sendJson, useSubmit } from '../useSubmit'
import { readPayloadErrors } from './payloadErrors'
import { FormAlert } from '../FormAlert'
import { FormField } from '../FormField'
import { PasswordField } from './PasswordField'
import type { PlacerCollection } from '@/lib/accounts'

type Kind = PlacerCollection

type FieldSpec = {
  name: string
  label: string
  type?: string
  autoComplete?: string
  hint?: string
}

const common: FieldSpec[] = [
  { name: 'email', label: 'Email', type: 'email', autoComplete: 'email' },
  {
    name: 'phone',
    label: 'Mobile number',
    type: 'tel',
    autoComplete: 'tel',
    hint: 'Indian mobile, e.g. 98765 43210',
  },
  {
    name: 'password',
    label: 'Password',
    type: 'password',
    autoComplete: 'new-password',
    hint: passwordHint,
  },
]

const fieldsFor: Record<Kind, FieldSpec[]> = {
  customers: [{ name: 'name', label: 'Your name', autoComplete: 'name' }, ...common],
  vendors: [
    { name: 'businessName', label: 'Business name', autoComplete: 'organization' },
    { name: 'ownerName', label: 'Owner name', autoComplete: 'name' },
    ...common.slice(0, 2),
    { name: 'gstNumber', label: 'GSTIN', hint: '15 characters, e.g. 27AAPFU0939F1ZV' },
    { name: 'city', label: 'City', autoComplete: 'address-level2' },
    common[2],
  ],
}

/**
 * Registration for customers and retail partners, posting to Payload's own create endpoint and
 * showing its field errors beside the fields. Signs the new account in afterwards.
 */
export function RegisterForm({ initialKind }: { initialKind: Kind }) {
  const router = useRouter()
  const [kind, setKind] = useState<Kind>(initialKind)
  const [errors, setErrors] = useState<Record<string, string>>({})
  // Set when the email already has an account of this kind: offer to sign in or reset instead.
  const [taken, setTaken] = useState(false)
  const { busy, error: message, setError: setMessage, run } = useSubmit()

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>
    delete data.kind
    // Everything the shared rules can tell before a round trip, all at once.
    const problems = accountInputProblems(data)
    if (Object.keys(problems).length) {
      setErrors(problems)
      setMessage('Please correct the highlighted fields.')
      return
    }
    setErrors({})
    setTaken(false)
    await run(async () => {
      const res = await sendJson(`/api/${kind}`, data)
      if (res.ok) {
        const login = await sendJson(`/api/${kind}/login`, {
          email: data.email,
          password: data.password,
        })
        if (login.ok) {
          const { user } = login.body as { user: { collection: string; id: DocumentId } }
          adoptGuestCart(`${user.collection}:${user.id}`)
          announceViewerChange()
        }
        router.push(login.ok ? '/account?welcome=1' : '/login')
        router.refresh()
        return
      }
      const parsed = readPayloadErrors(res.body)
      setErrors(parsed.fields)
      // A production server names only the field ("… is invalid: email"); the browser has already
      // checked the address's form, so what is left is an email that has an account of this kind.
      if (
        /already registered/i.test(parsed.fields.email ?? '') ||
        /invalid: email$/.test(parsed.message ?? '')
      ) {
        setTaken(true)
        return false
      }
      return Object.keys(parsed.fields).length
        ? 'Please correct the highlighted fields.'
        : parsed.message || 'Registration failed. Please try again.'
    })
  }

  return (
    <form onSubmit={submit} className="space-y-6" data-testid="register-form">
      <fieldset>
        <legend className="label">Account type</legend>
        <div className="grid grid-cols-2 border border-ink/80">
          {(
            [
              ['customers', 'Customer'],
              ['vendors', 'Retail partner'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="cursor-pointer">
              <input
                type="radio"
                name="kind"
                value={value}
                checked={kind === value}
                onChange={() => {
                  setKind(value)
                  setErrors({})
                  setTaken(false)
                  setMessage(null)
                }}
                className="peer sr-only"
              />
              <span className="flex min-h-11 items-center justify-center text-xs tracking-[0.12em] uppercase peer-checked:bg-ink peer-checked:text-ivory peer-focus-visible:ring-2 peer-focus-visible:ring-gold-700">
                {label}
              </span>
            </label>
          ))}
        </div>
        {kind === 'vendors' ? (
          <p className="mt-3 text-sm text-ink-soft">
            Retail partners see trade prices and can order once we approve the account, usually
            within a working day.
          </p>
        ) : null}
      </fieldset>
      <div className="grid gap-5 sm:grid-cols-2">
        {fieldsFor[kind].map((field) => {
          const wide =
            field.name === 'email' || field.name === 'password' || field.name === 'businessName'
          const props = {
            id: `register-${field.name}`,
            name: field.name,
            label: field.label,
            hint: field.hint,
            error: errors[field.name],
            required: true,
            autoComplete: field.autoComplete,
            className: wide ? 'sm:col-span-2' : undefined,
          }
          return field.type === 'password' ? (
            <PasswordField key={`${kind}-${field.name}`} {...props} />
          ) : (
            <FormField key={`${kind}-${field.name}`} {...props} type={field.type ?? 'text'} />
          )
        })}
      </div>
      <FormAlert message={message} />
      {taken ? (
        <p
          role="alert"
          className="border-l-2 border-gold-500 bg-white/60 px-3 py-2 text-sm"
          data-testid="email-taken"
        >
          This email already has a {kind === 'vendors' ? 'retail partner' : 'customer'} account.{' '}
          <Link href={`/login?as=${kind}`} className="text-gold-700 underline underline-offset-4">
            Sign in
          </Link>{' '}
          or{' '}
          <Link
            href={`/forgot-password?as=${kind}`}
            className="text-gold-700 underline underline-offset-4"
          >
            reset your password
          </Link>
          .
        </p>
      ) : null}
      <button type="submit" disabled={busy} className="btn-primary w-full">
        {busy ? 'Creating your account…' : 'Create account'}
      </button>
      <p className="text-center text-sm text-ink-soft">
        Already registered?{' '}
        <Link href="/login" className="text-gold-700 underline underline-offset-4">
          Sign in
        </Link>
      </p>
    </form>
  )
}
