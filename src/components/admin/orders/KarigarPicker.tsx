'use client'

import type { DocumentId } from '@/lib/queryInput'
import { useEffect, useState } from 'react'

type Workload = {
  id: DocumentId
  name: string
  openOrders: number
  openPieces: number
  overdue: number
}

const muted = { color: 'var(--theme-elevation-500)' } as const

/**
 * Choosing a karigar for an order: each active goldsmith with the pieces on their bench now and how
 * many of their orders are late (GET /api/goldsmiths/workload), least busy first; the one the order
 * is with now is shown but cannot be chosen again.
 */
export function KarigarPicker({
  value,
  onChange,
  current,
}: {
  value: DocumentId | null
  onChange: (id: DocumentId) => void
  current: { id: DocumentId; name: string } | null
}) {
  const [rows, setRows] = useState<Workload[] | null>(null)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    fetch('/api/goldsmiths/workload', { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : Promise.reject(res.status)))
      .then((body: { docs: Workload[] }) =>
        setRows(
          [...body.docs].sort((a, b) => a.openPieces - b.openPieces || a.overdue - b.overdue),
        ),
      )
      .catch(() => setFailed(true))
  }, [])

  if (failed) return <p role="alert">Could not load the karigars; refresh to try again.</p>
  if (!rows) return <p style={muted}>Loading karigars…</p>
  if (!rows.length) return <p role="alert">No active karigar: add or re-enable one first.</p>
  return (
    <fieldset
      data-testid="karigar-picker"
      style={{ border: 0, padding: 0, margin: 0, display: 'grid', gap: 8 }}
    >
      <legend className="field-label" style={{ marginBottom: 8 }}>
        {current ? `Reassign from ${current.name} to` : 'Karigar'}
      </legend>
      {rows.map((row) => {
        const isCurrent = current !== null && String(current.id) === String(row.id)
        const chosen = value !== null && String(value) === String(row.id)
        return (
          <label
            key={row.id}
            data-testid="karigar-option"
            style={{
              display: 'flex',
              gap: 10,
              alignItems: 'center',
              padding: '8px 12px',
              border: `1px solid ${chosen ? 'var(--theme-elevation-800)' : 'var(--theme-elevation-150)'}`,
              borderRadius: 'var(--style-radius-s, 3px)',
              cursor: isCurrent ? 'default' : 'pointer',
              opacity: isCurrent ? 0.6 : 1,
            }}
          >
            <input
              type="radio"
              name="orderAction.goldsmith"
              value={String(row.id)}
              checked={chosen}
              disabled={isCurrent}
              onChange={() => onChange(row.id)}
            />
            <span style={{ flex: 1, minWidth: 0 }}>
              <strong>{row.name}</strong>
              {isCurrent ? <span style={muted}> (has it now)</span> : null}
              <br />
              <span style={muted} data-testid="karigar-workload">
                {row.openPieces} open {row.openPieces === 1 ? 'piece' : 'pieces'} in{' '}
                {row.openOrders} {row.openOrders === 1 ? 'order' : 'orders'}
              </span>
            </span>
            {row.overdue ? (
              <span data-testid="karigar-overdue" className="shop-badge shop-badge--bad">
                {row.overdue} overdue
              </span>
            ) : null}
          </label>
        )
      })}
    </fieldset>
  )
}
