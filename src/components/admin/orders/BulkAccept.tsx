'use client'

import { Button, useListQuery, useSelection } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { refusalMessage, sendJson } from '../../useSubmit'

type Outcome = { accepted: string[]; refused: { order: string; why: string }[] }

/**
 * Accepts the orders selected in the list, each through the transition endpoint (so each obeys the
 * status machine on its own): those that could be are accepted, the others listed with the reason
 * they were refused. Shown while something is selected.
 */
export function BulkAccept() {
  const { selected, count } = useSelection()
  const { data } = useListQuery()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const ids = [...selected.entries()].filter(([, on]) => on).map(([id]) => id)

  // Orders are named by their order ID, as staff know them.
  const nameOf = (id: number | string) =>
    (data?.docs.find((doc) => String(doc.id) === String(id))?.orderId as string | undefined) ??
    `#${id}`

  const acceptAll = async () => {
    setBusy(true)
    const result: Outcome = { accepted: [], refused: [] }
    // One after another: each is its own all-or-nothing move, in the order they were chosen.
    for (const id of ids) {
      const res = await sendJson(`/api/orders/${id}/transition`, { action: 'accept' }).catch(
        () => ({ ok: false, status: 0, body: null }),
      )
      if (res.ok) result.accepted.push(nameOf(id))
      else
        result.refused.push({
          order: nameOf(id),
          why: refusalMessage(res.body, 'We could not reach the server.'),
        })
    }
    setOutcome(result)
    setBusy(false)
    router.refresh()
  }

  if (!count && !outcome) return null
  return (
    <div data-testid="bulk-accept" style={{ marginBottom: 16, display: 'grid', gap: 8 }}>
      {ids.length ? (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
          <Button onClick={acceptAll} disabled={busy} margin={false} size="medium">
            {busy ? 'Accepting…' : `Accept ${ids.length} selected`}
          </Button>
          <span style={{ color: 'var(--theme-elevation-500)' }}>
            Each is accepted on its own; any that cannot be are listed with why.
          </span>
        </div>
      ) : null}
      {outcome ? (
        <div role="status" data-testid="bulk-accept-outcome">
          {outcome.accepted.length ? (
            <p style={{ margin: 0 }}>Accepted: {outcome.accepted.join(', ')}</p>
          ) : null}
          {outcome.refused.length ? (
            <>
              <p style={{ margin: 0, color: 'var(--theme-error-600)' }}>
                Not accepted ({outcome.refused.length}):
              </p>
              <ul style={{ margin: 0 }} data-testid="bulk-accept-refused">
                {outcome.refused.map(({ order, why }) => (
                  <li key={order}>
                    {order}: {why}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}
