'use client'

import { Button, useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

import { refusalMessage, sendJson } from '../useSubmit'
import { EnrolmentPanel, type Enrolment } from './EnrolmentPanel'
import { fieldStyle, inputStyle } from './formStyles'
import { RecoveryCodes } from './RecoveryCodes'

type Status = { enabled: boolean; required: boolean; recoveryCodesLeft: number }
type Session = { id: string; createdAt?: string; expiresAt: string; current: boolean }

const muted = { color: 'var(--theme-elevation-500)' } as const
const stack = { display: 'grid', gap: 12, marginBottom: 32 } as const

/** One of our account endpoints: the answer, or the message of its refusal. */
const send = async <T,>(path: string, body: unknown = {}, method = 'POST') => {
  const res = await sendJson(path, method === 'DELETE' ? undefined : body, method)
  return res.ok
    ? { ok: true as const, data: res.body as T }
    : {
        ok: false as const,
        message: refusalMessage(res.body, 'That did not work. Please try again.'),
      }
}

const when = (iso?: string) =>
  iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '—'

/**
 * On a staff member's own account page: turn the second factor on (QR code, first code, recovery
 * codes shown once) or off, replace recovery codes, and see and end the account's sessions. On
 * someone else's account an admin can reset a lost second factor.
 */
export function AccountSecurity() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const own = id !== undefined && user?.collection === 'users' && String(user.id) === String(id)
  const [status, setStatus] = useState<Status | null>(null)
  const [sessions, setSessions] = useState<Session[]>([])
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null)
  const [codes, setCodes] = useState<string[] | null>(null)
  const [code, setCode] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [version, setVersion] = useState(0)
  const router = useRouter()
  const load = async () => setVersion((v) => v + 1)
  const toLogin = () => {
    router.push('/admin/login')
    router.refresh()
  }

  useEffect(() => {
    if (!own) return
    Promise.all([
      fetch('/api/users/second-factor', { credentials: 'include' }).then((r) => r.json()),
      fetch('/api/users/sessions', { credentials: 'include' }).then((r) => r.json()),
    ])
      .then(([state, list]) => {
        setStatus(state as Status)
        setSessions((list as { sessions?: Session[] }).sessions ?? [])
      })
      .catch(() => setMessage('Could not load your security settings. Refresh to retry.'))
  }, [own, version])

  const run = async (work: () => Promise<string | null>) => {
    setBusy(true)
    setMessage(await work().catch(() => 'We could not reach the server. Try again.'))
    setBusy(false)
  }

  if (!own)
    return (
      <ResetForOthers id={id} isAdmin={user?.collection === 'users' && user.role === 'admin'} />
    )

  const startSetup = () =>
    run(async () => {
      const res = await send<Enrolment>('/api/users/second-factor/setup')
      if (res.ok) setEnrolment(res.data)
      return res.ok ? null : res.message
    })

  const confirm = (firstCode: string) =>
    run(async () => {
      const res = await send<{ recoveryCodes: string[] }>('/api/users/second-factor/enable', {
        enrolment: enrolment?.enrolment,
        code: firstCode,
      })
      if (!res.ok) return res.message
      setEnrolment(null)
      setCodes(res.data.recoveryCodes)
      await load()
      return null
    })

  const withCode = (path: string, after: (data: { recoveryCodes?: string[] }) => void) =>
    run(async () => {
      const res = await send<{ recoveryCodes?: string[] }>(path, { code })
      if (!res.ok) return res.message
      setCode('')
      after(res.data)
      await load()
      return null
    })

  const endSession = (sid: string) =>
    run(async () => {
      const res = await send(`/api/users/sessions/${encodeURIComponent(sid)}`, {}, 'DELETE')
      if (!res.ok) return res.message
      if (sessions.find((s) => s.id === sid)?.current) toLogin()
      await load()
      return null
    })

  const signOutEverywhere = () =>
    run(async () => {
      const res = await send('/api/users/logout?allSessions=true')
      if (!res.ok) return res.message
      toLogin()
      return null
    })

  return (
    <div className="field-type" data-testid="account-security" style={{ marginTop: 32 }}>
      <h3 style={{ marginBottom: 8 }}>Second factor</h3>
      {!status ? (
        <p style={muted}>Loading…</p>
      ) : codes ? (
        <RecoveryCodes codes={codes} onDone={() => setCodes(null)} />
      ) : enrolment ? (
        <EnrolmentPanel
          enrolment={enrolment}
          busy={busy}
          onCode={confirm}
          onCancel={() => setEnrolment(null)}
        />
      ) : status.enabled ? (
        <div style={stack}>
          <p>
            On: signing in asks for a code from your authenticator app.{' '}
            <span style={muted}>{status.recoveryCodesLeft} recovery codes left.</span>
          </p>
          <label className="field-label" style={fieldStyle}>
            A current code (for the buttons below)
            <input
              value={code}
              onChange={(e) => setCode(e.target.value)}
              inputMode="numeric"
              autoComplete="one-time-code"
              name="code"
              style={inputStyle}
            />
          </label>
          <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
            <Button
              buttonStyle="secondary"
              disabled={busy || !code}
              onClick={() =>
                withCode('/api/users/second-factor/recovery-codes', (d) =>
                  setCodes(d.recoveryCodes ?? null),
                )
              }
            >
              New recovery codes
            </Button>
            {!status.required && (
              <Button
                buttonStyle="secondary"
                disabled={busy || !code}
                onClick={() => withCode('/api/users/second-factor/disable', () => undefined)}
              >
                Turn off
              </Button>
            )}
          </div>
        </div>
      ) : (
        <div style={stack}>
          <p>Off. Turn it on so that a stolen password alone cannot open the admin.</p>
          <div>
            <Button disabled={busy} onClick={startSetup}>
              Turn on a second factor
            </Button>
          </div>
        </div>
      )}
      {message && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {message}
        </p>
      )}

      <h3 style={{ marginBottom: 8 }}>Where you are signed in</h3>
      <ul style={{ listStyle: 'none', padding: 0, display: 'grid', gap: 8 }} data-testid="sessions">
        {sessions.map((session) => (
          <li
            key={session.id}
            style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}
          >
            <span>
              Signed in {when(session.createdAt)} · until {when(session.expiresAt)}
              {session.current && <strong> · this browser</strong>}
            </span>
            <Button
              buttonStyle="secondary"
              size="small"
              disabled={busy}
              onClick={() => endSession(session.id)}
            >
              Sign out
            </Button>
          </li>
        ))}
      </ul>
      <Button buttonStyle="secondary" disabled={busy} onClick={signOutEverywhere}>
        Sign out everywhere
      </Button>
    </div>
  )
}

/** An admin on another staff account: clear a lost second factor so its owner can enrol again. */
function ResetForOthers({ id, isAdmin }: { id?: number | string; isAdmin: boolean }) {
  const [done, setDone] = useState<string | null>(null)
  if (!isAdmin || id === undefined) return null
  return (
    <div className="field-type" style={{ marginTop: 32 }}>
      <h3 style={{ marginBottom: 8 }}>Second factor</h3>
      <p style={muted}>
        If this person lost their phone and recovery codes, reset their second factor.
      </p>
      <Button
        buttonStyle="secondary"
        onClick={async () => {
          const res = await send(`/api/users/${encodeURIComponent(String(id))}/second-factor/reset`)
          setDone(
            res.ok ? 'Reset: they sign in with their password and can enrol again.' : res.message,
          )
        }}
      >
        Reset second factor
      </Button>
      {done && <p role="status">{done}</p>}
    </div>
  )
}
