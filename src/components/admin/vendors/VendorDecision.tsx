'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { refusalMessage, sendJson, useSubmit } from '../../useSubmit'

type Props = { id: number | string; name: string }

/**
 * Approve or reject one waiting vendor. Both are a PATCH of its `status` (with `decisionNote`), so
 * the collection's hook applies operations/decideVendor.ts: the move is checked and, on approval,
 * the Partner ID issued. A rejection asks for the comment the vendor is sent.
 */
export function VendorDecision({ id, name }: Props) {
  const router = useRouter()
  const { busy, error, run } = useSubmit({ settle: true })
  const [rejecting, setRejecting] = useState(false)
  const [note, setNote] = useState('')

  const decide = (status: 'approved' | 'rejected') =>
    run(async () => {
      if (status === 'rejected' && !note.trim()) return 'Say why, for the vendor'
      const res = await sendJson(
        `/api/vendors/${encodeURIComponent(String(id))}?depth=0`,
        { status, ...(note.trim() ? { decisionNote: note.trim() } : {}) },
        'PATCH',
      )
      if (!res.ok) return refusalMessage(res.body, 'The decision was not saved')
      router.refresh()
    })

  return (
    <div className="shop-pending__actions">
      {rejecting ? (
        <>
          <textarea
            aria-label={`Why ${name} is not approved`}
            placeholder="Reason, sent to the vendor"
            value={note}
            maxLength={1000}
            onChange={(event) => setNote(event.target.value)}
          />
          <button
            type="button"
            className="shop-action"
            disabled={busy}
            onClick={() => void decide('rejected')}
          >
            Reject: confirm
          </button>
          <button
            type="button"
            className="shop-action shop-action--quiet"
            disabled={busy}
            onClick={() => setRejecting(false)}
          >
            Back
          </button>
        </>
      ) : (
        <>
          <button
            type="button"
            className="shop-action"
            disabled={busy}
            onClick={() => void decide('approved')}
            aria-label={`Approve ${name}`}
          >
            Approve
          </button>
          <button
            type="button"
            className="shop-action shop-action--quiet"
            disabled={busy}
            onClick={() => setRejecting(true)}
            aria-label={`Reject ${name}`}
          >
            Reject…
          </button>
        </>
      )}
      {error ? (
        <p role="alert" className="shop-pending__error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
