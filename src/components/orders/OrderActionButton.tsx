'use client'

import { useState } from 'react'

import { readPayloadErrors } from '../auth/payloadErrors'
import { FormAlert } from '../FormAlert'

type Props = {
  id: number
  action: 'cancel' | 'complete'
  label: string
  busyLabel: string
  /** Asked before acting; the step cannot be undone. */
  confirm: string
  primary?: boolean
}

/**
 * One status step the signed-in person may take on an order (a buyer cancelling, a karigar marking
 * the piece made), through the same transition endpoint as every other client.
 */
export function OrderActionButton({ id, action, label, busyLabel, confirm, primary }: Props) {
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)

  const act = async () => {
    if (!window.confirm(confirm)) return
    setBusy(true)
    setMessage(null)
    try {
      const res = await fetch(`/api/orders/${id}/transition`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action }),
      })
      if (res.ok) {
        // The status, timeline and buttons are server-rendered: load the page afresh.
        window.location.reload()
        return
      }
      const { message: problem } = readPayloadErrors(await res.json().catch(() => null))
      setMessage(problem || 'That did not work. Please refresh the page and try again.')
    } catch {
      setMessage('We could not reach the server. Check your connection and try again.')
    }
    setBusy(false)
  }

  return (
    <div>
      <button
        type="button"
        onClick={act}
        disabled={busy}
        className={primary ? 'btn-primary' : 'btn-outline'}
      >
        {busy ? busyLabel : label}
      </button>
      <FormAlert message={message} className="mt-3" />
    </div>
  )
}
