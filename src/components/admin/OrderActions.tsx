'use client'

import type { DocumentId } from '@/lib/queryInput'
import { Button, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import { confirmationChannelLabels, confirmationChannels } from '@/lib/amountConfirmation'
import { noteAudienceLabels, noteAudiences } from '@/lib/noteAudience'
import { readyByDay } from '@/lib/readyDate'
import {
  allowedActions,
  orderStatuses,
  type OrderAction,
  type OrderStatus,
} from '@/lib/orderStatus'

import { refusalMessage, sendJson, useSubmit } from '../useSubmit'

const actionLabels: Record<OrderAction, string> = {
  accept: 'Accept',
  reject: 'Reject',
  assign: 'Assign to goldsmith',
  complete: 'Mark completed',
  dispatch: 'Dispatch',
  deliver: 'Mark delivered',
  cancel: 'Cancel',
}

type Goldsmith = { id: DocumentId; name: string }

// Label above its input, full width: Payload's field labels are inline by default.
const labelStyle = { display: 'grid', gap: 4 } as const

const isStatus = (value: unknown): value is OrderStatus =>
  (orderStatuses as readonly unknown[]).includes(value)

/**
 * The order's next steps as buttons in the admin sidebar. Each posts to
 * `POST /api/orders/:id/transition`, so the admin panel obeys the same status machine and
 * permissions as every other client; the buttons offered come from that machine too.
 */
export function OrderActions() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const status = useFormFields(([fields]) => fields.status?.value)
  const readyBy = useFormFields(([fields]) => fields.readyBy?.value)
  const [action, setAction] = useState<OrderAction | null>(null)
  const [goldsmiths, setGoldsmiths] = useState<Goldsmith[]>([])
  const { busy, error, setError, run } = useSubmit()
  const panel = useRef<HTMLDivElement>(null)

  const role = user?.collection === 'users' && user.role === 'admin' ? 'admin' : 'staff'
  const actions =
    id && isStatus(status)
      ? allowedActions(status, { role, isPlacer: false, isAssignedGoldsmith: false })
      : []

  useEffect(() => {
    if (action !== 'assign' || goldsmiths.length) return
    fetch('/api/goldsmiths?where[active][equals]=true&limit=200&depth=0&sort=name', {
      credentials: 'include',
    })
      .then((res) => res.json())
      .then((body: { docs?: Goldsmith[] }) => setGoldsmiths(body.docs ?? []))
      .catch(() => setError('Could not load the goldsmiths; refresh to try again.'))
  }, [action, goldsmiths.length, setError])

  if (!id) return null
  if (!actions.length) {
    return (
      <div className="field-type" style={{ marginBottom: 24 }}>
        <p className="field-label">Next step</p>
        <p style={{ color: 'var(--theme-elevation-500)' }}>None: this order is closed.</p>
      </div>
    )
  }

  // The edit view is already a <form>, and forms cannot nest: read the inputs of this panel.
  const valueOf = (name: string) =>
    (panel.current?.querySelector(`[name="${name}"]`) as HTMLInputElement | null)?.value ?? ''

  const submit = async () => {
    const form = {
      note: valueOf('note'),
      noteVisibility: valueOf('noteVisibility'),
      reason: valueOf('reason'),
      goldsmith: valueOf('goldsmith'),
      readyBy: valueOf('readyBy'),
      confirmedVia: valueOf('confirmedVia'),
    }
    const current = readyByDay(typeof readyBy === 'string' ? readyBy : null)
    await run(async () => {
      const res = await sendJson(`/api/orders/${id}/transition`, {
        action,
        note: form.note || null,
        noteVisibility: form.note ? form.noteVisibility || null : null,
        reason: form.reason || null,
        // Sent as chosen: ids are numbers on SQL databases and text on MongoDB.
        goldsmith: form.goldsmith || null,
        // Only a moved date is sent: the buyer is told when it changes.
        readyBy:
          action === 'accept' && form.readyBy && form.readyBy !== current ? form.readyBy : null,
        amountConfirmation:
          action === 'accept' && form.confirmedVia ? { via: form.confirmedVia } : null,
      })
      // The edit view holds the old document in its form state; reload to show the new one.
      if (res.ok) return window.location.reload()
      return refusalMessage(res.body, `The order could not be moved (${res.status}).`)
    })
  }

  return (
    <div className="field-type" style={{ marginBottom: 24 }} data-testid="order-actions">
      <p className="field-label">Next step</p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {actions.map((candidate) => (
          <Button
            key={candidate}
            buttonStyle={candidate === action ? 'primary' : 'secondary'}
            size="small"
            margin={false}
            onClick={() => {
              setAction(candidate)
              setError(null)
            }}
          >
            {actionLabels[candidate]}
          </Button>
        ))}
      </div>
      {action ? (
        <div ref={panel} style={{ display: 'grid', gap: 12, marginTop: 16 }}>
          {action === 'assign' ? (
            <label className="field-label" style={labelStyle}>
              Goldsmith
              <select name="goldsmith" required defaultValue="" style={{ width: '100%' }}>
                <option value="" disabled>
                  Choose an active goldsmith
                </option>
                {goldsmiths.map((goldsmith) => (
                  <option key={goldsmith.id} value={goldsmith.id}>
                    {goldsmith.name}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {action === 'accept' ? (
            <>
              <label className="field-label" style={labelStyle}>
                Ready by (the buyer is told if you change it)
                <input
                  type="date"
                  name="readyBy"
                  defaultValue={readyByDay(typeof readyBy === 'string' ? readyBy : null) ?? ''}
                  style={{ width: '100%' }}
                />
              </label>
              <label className="field-label" style={labelStyle}>
                Amount confirmed with the buyer
                <select name="confirmedVia" defaultValue="" style={{ width: '100%' }}>
                  <option value="">Not recorded</option>
                  {confirmationChannels.map((via) => (
                    <option key={via} value={via}>
                      {confirmationChannelLabels[via]}, now
                    </option>
                  ))}
                </select>
              </label>
            </>
          ) : null}
          {action === 'reject' ? (
            <label className="field-label" style={labelStyle}>
              Reason (shown to the buyer)
              <textarea name="reason" required rows={3} style={{ width: '100%' }} />
            </label>
          ) : null}
          {action === 'reject' ? null : (
            <>
              <label className="field-label" style={labelStyle}>
                Note (optional)
                <textarea name="note" rows={2} style={{ width: '100%' }} />
              </label>
              <label className="field-label" style={labelStyle}>
                Who reads the note
                {/* No default: a price confirmed to the buyer must never reach the workshop. */}
                <select name="noteVisibility" defaultValue="" style={{ width: '100%' }}>
                  <option value="" disabled>
                    Choose, if you wrote a note
                  </option>
                  {noteAudiences.map((audience) => (
                    <option key={audience} value={audience}>
                      {noteAudienceLabels[audience]}
                    </option>
                  ))}
                </select>
              </label>
            </>
          )}
          {error ? (
            <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
              {error}
            </p>
          ) : null}
          <Button onClick={submit} disabled={busy} margin={false}>
            {busy ? 'Saving…' : `${actionLabels[action]}: confirm`}
          </Button>
        </div>
      ) : null}
    </div>
  )
}
