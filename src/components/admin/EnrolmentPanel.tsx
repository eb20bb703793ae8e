'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import { fieldStyle, inputStyle } from './formStyles'

/** What the server gives to enrol an app: the QR code, the secret to type, and the ticket. */
export type Enrolment = { qrSvg: string; secret: string; uri: string; enrolment: string }

/** Scan the QR code (or type the key), then confirm with the first code the app shows. */
export function EnrolmentPanel({
  enrolment,
  busy,
  onCode,
  onCancel,
}: {
  enrolment: Enrolment
  busy: boolean
  onCode: (code: string) => void
  onCancel?: () => void
}) {
  const [code, setCode] = useState('')
  return (
    <div style={{ display: 'grid', gap: 12, maxWidth: 360 }} data-testid="enrolment">
      <p>
        Scan this with an authenticator app (Google Authenticator, Microsoft Authenticator,
        1Password…).
      </p>
      {/* SVG made on our server by the qrcode library from the otpauth URI; it holds no script. */}
      <div
        aria-label="QR code for your authenticator app"
        role="img"
        style={{ width: 200, background: '#fff', padding: 8 }}
        dangerouslySetInnerHTML={{ __html: enrolment.qrSvg }}
      />
      <p style={{ color: 'var(--theme-elevation-500)', wordBreak: 'break-all' }}>
        Cannot scan? Enter this key: <code data-testid="enrolment-secret">{enrolment.secret}</code>
      </p>
      <label className="field-label" style={fieldStyle}>
        The 6-digit code your app shows
        <input
          name="code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          style={inputStyle}
        />
      </label>
      <div style={{ display: 'flex', gap: 8 }}>
        <Button disabled={busy || !code} onClick={() => onCode(code)}>
          Confirm
        </Button>
        {onCancel && (
          <Button buttonStyle="secondary" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </div>
  )
}
