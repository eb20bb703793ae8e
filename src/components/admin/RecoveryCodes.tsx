'use client'

import { Button } from '@payloadcms/ui'

/** Recovery codes, shown once: each signs in once when the phone is not at hand. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  return (
    <div style={{ display: 'grid', gap: 12, maxWidth: 360 }} data-testid="recovery-codes">
      <p>
        <strong>Save these recovery codes now</strong> (print them or keep them in a password
        manager). Each one signs you in once if you lose your phone. They are not shown again.
      </p>
      <ol
        style={{
          fontFamily: 'monospace',
          fontSize: 16,
          display: 'grid',
          gridTemplateColumns: 'repeat(2, max-content)',
          gap: '4px 24px',
          paddingLeft: 24,
        }}
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <div>
        <Button onClick={onDone}>I have saved them</Button>
      </div>
    </div>
  )
}
