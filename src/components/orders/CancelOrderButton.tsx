'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { readPayloadErrors } from '../auth/payloadErrors'
import { FormAlert } from '../FormAlert'

/** Cancels an order that staff have not yet accepted, after the buyer confirms. */
export function CancelOrderButton({ id, orderId }: { id: number; orderId: string }) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)

  const cancel = async () => {
    if (!window.confirm(`Cancel order ${orderId}? This cannot be undone.`)) return
    setBusy(true)
    setMessage(null)
    try {
      const res = await fetch(`/api/orders/${id}/transition`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'cancel' }),
      })
      if (res.ok) {
        router.refresh()
      } else {
        const { message: problem } = readPayloadErrors(await res.json().catch(() => null))
        setMessage(problem || 'The order could not be cancelled. Please refresh and try again.')
      }
    } catch {
      setMessage('We could not reach the server. Check your connection and try again.')
    }
    setBusy(false)
  }

  return (
    <div>
      <button type="button" onClick={cancel} disabled={busy} className="btn-outline">
        {busy ? 'Cancelling…' : 'Cancel order'}
      </button>
      <FormAlert message={message} className="mt-3" />
    </div>
  )
}
