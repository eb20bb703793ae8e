'use client'

import type { DocumentId } from '@/lib/queryInput'
import { Button } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import {
  describeVariance,
  ledgerEntryKindLabels,
  metalReceivableStatuses,
  orderMetal,
  toMg,
  type LedgerEntryKind,
} from '@/lib/metalLedger'
import type { OrderStatus } from '@/lib/orderStatus'

import { refusalMessage, sendJson, useSubmit } from '../../useSubmit'
import { fieldStyle, inputStyle } from '../formStyles'
import { GramsInput } from './GramsInput'

type Entry = {
  id: DocumentId
  kind: LedgerEntryKind
  purity: string
  weight: number
  fineWeight: number
  createdAt: string
  check?: { expected?: number; issued?: number; returned?: number; allowed?: number } | null
}

const muted = { color: 'var(--theme-elevation-500)', margin: 0 } as const
const cell = { padding: '6px 8px', textAlign: 'right' as const, whiteSpace: 'nowrap' as const }
const g = (grams: number | null | undefined) => `${(grams ?? 0).toFixed(3)} g`

/**
 * The order's metal ledger (GET /api/metal-ledger): what went to the karigar and what came back,
 * and the next step it needs — weighing the piece back (POST /api/orders/:id/metal-receipt), or
 * acknowledging a variance beyond the norm. Shown only for orders whose metal was issued.
 */
export function MetalPanel({ id, status }: { id: DocumentId; status: OrderStatus }) {
  const [entries, setEntries] = useState<Entry[] | null>(null)
  const [received, setReceived] = useState('')
  const [scrap, setScrap] = useState('')
  const [note, setNote] = useState('')
  const { busy, error, run } = useSubmit()

  useEffect(() => {
    fetch(`/api/metal-ledger?where[order][equals]=${id}&sort=id&limit=200&depth=0`, {
      credentials: 'include',
    })
      .then((res) => (res.ok ? res.json() : Promise.reject(res.status)))
      .then((body: { docs: Entry[] }) => setEntries(body.docs))
      .catch(() => setEntries([]))
  }, [id])

  if (!entries?.length) return null
  const state = orderMetal(
    entries.map((e) => ({ kind: e.kind, purity: e.purity, weightMg: toMg(e.weight) })),
  )
  const lastCheck = [...entries].reverse().find((e) => e.kind === 'receipt')?.check
  const canReceive = !state.received && metalReceivableStatuses.includes(status)
  const pendingVariance = state.received && state.outstandingMg !== 0

  const post = (body: object) =>
    run(async () => {
      const res = await sendJson(`/api/orders/${id}/metal-receipt`, body)
      if (res.ok) return window.location.reload()
      return refusalMessage(res.body, `The metal could not be recorded (${res.status}).`)
    })
  const number = (text: string) => (text.trim() === '' ? null : Number(text))

  return (
    // minmax(0, 1fr): the table scrolls inside its box instead of widening the page on a phone.
    <section
      data-testid="metal-panel"
      style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 12 }}
    >
      <h3 style={{ margin: 0 }}>Metal ({state.purity})</h3>
      <div style={{ overflowX: 'auto' }}>
        <table style={{ borderCollapse: 'collapse', width: '100%', maxWidth: 560 }}>
          <thead>
            <tr style={{ borderBottom: '1px solid var(--theme-elevation-150)' }}>
              <th style={{ ...cell, textAlign: 'left' }}>Entry</th>
              <th style={cell}>Weight</th>
              <th style={cell}>Fine</th>
              <th style={cell}>When</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} data-testid="metal-entry">
                <td style={{ ...cell, textAlign: 'left' }}>{ledgerEntryKindLabels[e.kind]}</td>
                <td style={cell}>{g(e.weight)}</td>
                <td style={cell}>{g(e.fineWeight)}</td>
                <td style={{ ...cell, ...muted }}>{e.createdAt.slice(0, 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {lastCheck ? (
        <p data-testid="metal-check" style={{ margin: 0 }}>
          Expected {g(lastCheck.expected)} net · issued {g(lastCheck.issued)} · returned{' '}
          {g(lastCheck.returned)} · norm allows {g(lastCheck.allowed)}
        </p>
      ) : null}
      {pendingVariance ? (
        <p
          role="status"
          data-testid="metal-variance"
          style={{
            margin: 0,
            padding: '8px 12px',
            borderLeft: '4px solid var(--theme-error-500)',
            background: 'var(--theme-error-50)',
            maxWidth: 640,
          }}
        >
          {describeVariance(state.outstandingMg, state.purity!)}: acknowledge it, or send the piece
          back for rework, before dispatch.
        </p>
      ) : state.received && state.outstandingMg === 0 ? (
        <p style={muted}>Reconciled: nothing outstanding with the karigar for this order.</p>
      ) : !canReceive ? (
        <p style={muted}>Weigh the piece back here once the karigar has made it.</p>
      ) : null}
      {canReceive || pendingVariance ? (
        <div
          style={{
            display: 'grid',
            gap: 12,
            padding: 16,
            border: '1px solid var(--theme-elevation-150)',
            borderRadius: 'var(--style-radius-m, 4px)',
            maxWidth: 640,
          }}
        >
          {canReceive ? (
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12 }}>
              <GramsInput
                label="Piece received, net metal (g)"
                labelClassName="field-label"
                name="receivedWeight"
                value={received}
                onChange={setReceived}
              />
              <GramsInput
                label="Scrap returned (g)"
                labelClassName="field-label"
                name="scrapWeight"
                value={scrap}
                onChange={setScrap}
              />
            </div>
          ) : null}
          <label style={fieldStyle}>
            <span className="field-label">
              {pendingVariance ? 'Why the variance is accepted (staff only)' : 'Note (staff only)'}
            </span>
            <input
              type="text"
              name="metalNote"
              value={note}
              onChange={(e) => setNote(e.target.value)}
              style={inputStyle}
            />
          </label>
          {error ? (
            <p role="alert" style={{ color: 'var(--theme-error-600)', margin: 0 }}>
              {error}
            </p>
          ) : null}
          <div>
            <Button
              margin={false}
              disabled={busy}
              buttonStyle="primary"
              onClick={() =>
                post(
                  pendingVariance
                    ? { acknowledgeVariance: true, note: note || null }
                    : {
                        receivedWeight: number(received),
                        scrapWeight: number(scrap),
                        note: note || null,
                      },
                )
              }
            >
              {busy ? 'Saving…' : pendingVariance ? 'Acknowledge variance' : 'Record receipt'}
            </Button>
          </div>
        </div>
      ) : null}
    </section>
  )
}
