'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import { readPayloadErrors } from '../auth/payloadErrors'
import { offlineMessage, sendJson } from '../useSubmit'
import { EnrolmentPanel, type Enrolment } from './EnrolmentPanel'
import { fieldStyle as field, inputStyle as input } from './formStyles'
import { RecoveryCodes } from './RecoveryCodes'

type Step = 'password' | 'code' | 'enrol' | 'saveCodes'
type Attempt = { email: string; password: string; code?: string; enrolment?: string }
type SecondFactorData = { field?: string; step?: 'code' | 'enrol' } & Partial<Enrolment>

/** Signs staff in through POST /api/users/login, adding `code` (and `enrolment`) when asked. */
export function StaffLoginForm({ next, forgotHref }: { next: string; forgotHref: string }) {
  const [step, setStep] = useState<Step>('password')
  const [credentials, setCredentials] = useState({ email: '', password: '' })
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null)
  const [codes, setCodes] = useState<string[]>([])
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const signIn = async (attempt: Attempt) => {
    setBusy(true)
    setError(null)
    try {
      const res = await sendJson('/api/users/login', attempt)
      const body = res.body
      if (res.ok && !attempt.enrolment) return window.location.assign(next)
      if (res.ok) {
        // Just enrolled: the first recovery codes need no code, and are shown once.
        const first = await sendJson('/api/users/second-factor/recovery-codes', {})
        setCodes((first.body as { recoveryCodes?: string[] } | null)?.recoveryCodes ?? [])
        setStep('saveCodes')
        return setBusy(false)
      }
      const data = (body as { errors?: { data?: SecondFactorData }[] } | null)?.errors?.[0]?.data
      if (res.status === 401 && data?.field === 'code') {
        setCredentials({ email: attempt.email, password: attempt.password })
        setStep(data.step === 'enrol' ? 'enrol' : 'code')
        if (data.qrSvg && data.enrolment) setEnrolment(data as Enrolment)
        // The first answer only says that a code is needed; explain a refusal once one was typed.
        if (attempt.code) setError(readPayloadErrors(body).message)
      } else {
        setError(readPayloadErrors(body).message ?? 'Signing in failed. Please try again.')
      }
    } catch {
      setError(offlineMessage)
    }
    setBusy(false)
  }

  if (step === 'saveCodes')
    return <RecoveryCodes codes={codes} onDone={() => window.location.assign(next)} />

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const text = (name: string) => String(form.get(name) ?? '')
    if (step === 'password') void signIn({ email: text('email'), password: text('password') })
    if (step === 'code') void signIn({ ...credentials, code: text('code') })
    if (step === 'enrol' && enrolment)
      void signIn({ ...credentials, code: text('code'), enrolment: enrolment.enrolment })
  }

  return (
    <form onSubmit={submit} style={{ display: 'grid', gap: 16, width: '100%', maxWidth: 400 }}>
      <h1 style={{ margin: 0 }}>Staff sign-in</h1>
      {step === 'password' && (
        <>
          <label style={field}>
            Email
            <input
              name="email"
              type="email"
              autoComplete="email"
              required
              autoFocus
              style={input}
            />
          </label>
          <label style={field}>
            Password
            <input
              name="password"
              type="password"
              autoComplete="current-password"
              required
              style={input}
            />
          </label>
          <a href={forgotHref}>Forgot password?</a>
          <Button type="submit" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </Button>
        </>
      )}
      {step === 'code' && (
        <>
          <p>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</p>
          <label style={field}>
            Code
            <input
              name="code"
              required
              autoFocus
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={14}
              style={input}
            />
          </label>
          <Button type="submit" disabled={busy}>
            {busy ? 'Checking…' : 'Sign in'}
          </Button>
        </>
      )}
      {step === 'enrol' && enrolment && (
        <EnrolmentPanel
          enrolment={enrolment}
          busy={busy}
          onCode={(code) => void signIn({ ...credentials, code, enrolment: enrolment.enrolment })}
        />
      )}
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
    </form>
  )
}
