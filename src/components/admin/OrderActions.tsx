'use client'

import type { DocumentId } from '@/lib/queryInput'
import { Button, TextareaInput, useAuth } from '@payloadcms/ui'
import { useState } from 'react'

import { confirmationChannelLabels, confirmationChannels } from '@/lib/amountConfirmation'
import { huidLength, requiresHuid } from '@/lib/huid'
import { noteAudienceLabels, noteAudiences, type NoteAudience } from '@/lib/noteAudience'
import { rateTermsLabels, rateTermsOptions, type RateTermsOption } from '@/lib/ratePricing'
import {
  allowedActions,
  readyDateMovableStatuses,
  requirementOf,
  type Actor,
  type OrderAction,
  type OrderStatus,
} from '@/lib/orderStatus'

import { refusalMessage, sendJson, useSubmit } from '../useSubmit'
import { fieldStyle, inputStyle } from './formStyles'
import { MetalIssueInputs, metalIssueOf } from './ledger/MetalIssueInputs'
import { KarigarPicker } from './orders/KarigarPicker'

/** What staff do, in their words: the buttons, and what each asks for. */
const actionLabels: Record<OrderAction | 'reschedule', string> = {
  accept: 'Accept',
  reject: 'Reject',
  assign: 'Assign to goldsmith',
  complete: 'Mark completed',
  dispatch: 'Dispatch',
  deliver: 'Mark delivered',
  cancel: 'Cancel order',
  hold: 'Put on hold',
  resume: 'Resume',
  rework: 'Send back for rework',
  reschedule: 'Change ready date',
}

/** Moves that end or stop an order: shown as destructive buttons. */
const destructive: readonly string[] = ['reject', 'cancel', 'hold']

type Choice = OrderAction | 'reschedule'

const muted = { color: 'var(--theme-elevation-500)', margin: 0 } as const

export type OrderActionsProps = {
  id: DocumentId
  status: OrderStatus
  /** The promised day, `YYYY-MM-DD`. */
  readyBy: string | null
  assigned: { id: DocumentId; name: string } | null
  /** The purities of the order's pieces: metal issued with an assignment is one of them. */
  purities?: string[]
  /** A vendor's order: accepting it may set rate terms `on_delivery`. */
  vendorOrder?: boolean
  /** The order's lines, for the HUIDs a dispatch asks of each piece. */
  lines: { item: string; name: string; quantity: number; metal: string | null }[]
}

/**
 * The order's next steps, offered as the status machine (lib/orderStatus.ts) allows them now, each
 * asking for what it needs (a reason, a karigar, a note and who reads it) and posting to
 * `POST /api/orders/:id/transition` (the ready date to `/ready-date`), so the admin panel obeys the
 * same rules as every other client.
 */
export function OrderActions({
  id,
  status,
  readyBy,
  assigned,
  purities = [],
  vendorOrder,
  lines,
}: OrderActionsProps) {
  const { user } = useAuth()
  const [choice, setChoice] = useState<Choice | null>(null)
  const [note, setNote] = useState('')
  const [audience, setAudience] = useState<NoteAudience | ''>('')
  const [reason, setReason] = useState('')
  const [goldsmith, setGoldsmith] = useState<DocumentId | null>(null)
  const [day, setDay] = useState(readyBy ?? '')
  const [confirmedVia, setConfirmedVia] = useState('')
  const [metal, setMetal] = useState({ weight: '', purity: '' })
  const [rateTerms, setRateTerms] = useState<RateTermsOption>('locked')
  // One HUID a piece, keyed `<line id>:<piece>`.
  const [huids, setHuids] = useState<Record<string, string>>({})
  const { busy, error, setError, run } = useSubmit()

  const actor: Actor = {
    role: user?.collection === 'users' && user.role === 'admin' ? 'admin' : 'staff',
    isPlacer: false,
    isAssignedGoldsmith: false,
  }
  const choices: Choice[] = [
    ...allowedActions(status, actor),
    ...((readyDateMovableStatuses as readonly OrderStatus[]).includes(status)
      ? (['reschedule'] as const)
      : []),
  ]
  const needs = choice && choice !== 'reschedule' ? requirementOf(choice, actor) : null

  const choose = (next: Choice) => {
    setChoice(next === choice ? null : next)
    setError(null)
  }

  const submit = () =>
    run(async () => {
      const written = {
        note: note.trim() || null,
        noteVisibility: note.trim() ? audience || null : null,
      }
      const res =
        choice === 'reschedule'
          ? await sendJson(`/api/orders/${id}/ready-date`, { readyBy: day, ...written })
          : await sendJson(`/api/orders/${id}/transition`, {
              action: choice,
              ...(needs === 'reason' ? { reason } : needs === 'note' ? { note } : written),
              // Sent as chosen: ids are numbers on SQL databases and text on MongoDB.
              goldsmith: choice === 'assign' ? goldsmith : null,
              metalIssue: choice === 'assign' ? metalIssueOf(metal, purities) : null,
              // Only a moved date is sent: the buyer is told when it changes.
              readyBy: choice === 'accept' && day && day !== readyBy ? day : null,
              amountConfirmation:
                choice === 'accept' && confirmedVia ? { via: confirmedVia } : null,
              rateTerms: choice === 'accept' && vendorOrder ? rateTerms : null,
              huids: choice === 'dispatch' ? huidsToSend(lines, huids) : null,
            })
      // The edit view holds the old document in its form state; reload to show the new one.
      if (res.ok) return window.location.reload()
      return refusalMessage(res.body, `The order could not be moved (${res.status}).`)
    })

  if (!choices.length) {
    return (
      <section data-testid="order-actions" style={{ marginBottom: 24 }}>
        <h3 style={{ margin: '0 0 4px' }}>Next step</h3>
        <p style={muted}>None: this order is closed.</p>
      </section>
    )
  }

  return (
    <section data-testid="order-actions" style={{ marginBottom: 24 }}>
      <h3 style={{ margin: '0 0 8px' }}>Next step</h3>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {choices.map((candidate) => (
          <Button
            key={candidate}
            buttonStyle={
              candidate === choice
                ? destructive.includes(candidate)
                  ? 'error'
                  : 'primary'
                : 'secondary'
            }
            size="medium"
            margin={false}
            aria-label={actionLabels[candidate]}
            extraButtonProps={{ 'aria-pressed': candidate === choice }}
            onClick={() => choose(candidate)}
          >
            {actionLabels[candidate]}
          </Button>
        ))}
      </div>
      {choice ? (
        <div
          data-testid={`action-${choice}`}
          style={{
            display: 'grid',
            gap: 16,
            marginTop: 16,
            padding: 16,
            border: '1px solid var(--theme-elevation-150)',
            borderRadius: 'var(--style-radius-m, 4px)',
            maxWidth: 640,
          }}
        >
          {choice === 'assign' ? (
            <>
              <KarigarPicker value={goldsmith} onChange={setGoldsmith} current={assigned} />
              <MetalIssueInputs purities={purities} value={metal} onChange={setMetal} />
            </>
          ) : null}
          {choice === 'accept' || choice === 'reschedule' ? (
            <label style={fieldStyle}>
              <span className="field-label">
                Ready by{choice === 'accept' ? ' (the buyer is told if you change it)' : ''}
              </span>
              <input
                type="date"
                value={day}
                onChange={(e) => setDay(e.target.value)}
                style={inputStyle}
              />
            </label>
          ) : null}
          {choice === 'accept' ? (
            <label style={fieldStyle}>
              <span className="field-label">Amount confirmed with the buyer</span>
              <select
                value={confirmedVia}
                onChange={(e) => setConfirmedVia(e.target.value)}
                style={inputStyle}
              >
                <option value="">Not recorded</option>
                {confirmationChannels.map((via) => (
                  <option key={via} value={via}>
                    {confirmationChannelLabels[via]}, now
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {choice === 'accept' && vendorOrder ? (
            <label style={fieldStyle}>
              <span className="field-label">Rate terms</span>
              <select
                value={rateTerms}
                onChange={(e) => setRateTerms(e.target.value as RateTermsOption)}
                style={inputStyle}
                data-testid="rate-terms-choice"
              >
                {rateTermsOptions.map((option) => (
                  <option key={option} value={option}>
                    {rateTermsLabels[option]}
                    {option === 'on_delivery' ? ' (repriced at dispatch)' : ''}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {choice === 'dispatch' ? (
            <HuidInputs lines={lines} values={huids} onChange={setHuids} />
          ) : null}
          {needs === 'reason' ? (
            <TextareaInput
              path="orderAction.reason"
              label="Reason (the buyer reads it)"
              required
              rows={3}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          ) : null}
          {needs === 'note' ? (
            <TextareaInput
              path="orderAction.karigarNote"
              label="What to put right (the karigar reads it)"
              required
              rows={3}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          ) : null}
          {needs === null ? (
            <>
              <TextareaInput
                path="orderAction.note"
                label="Note (optional)"
                rows={2}
                value={note}
                onChange={(e) => setNote(e.target.value)}
              />
              {/* No default: a price confirmed to the buyer must never reach the workshop. */}
              <fieldset style={{ border: 0, padding: 0, margin: 0, display: 'grid', gap: 6 }}>
                <legend className="field-label" style={{ marginBottom: 6 }}>
                  Who reads the note
                </legend>
                {noteAudiences.map((option) => (
                  <label key={option} style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
                    <input
                      type="radio"
                      name="orderAction.noteVisibility"
                      value={option}
                      checked={audience === option}
                      onChange={() => setAudience(option)}
                    />
                    {noteAudienceLabels[option]}
                  </label>
                ))}
              </fieldset>
            </>
          ) : null}
          {error ? (
            <p role="alert" style={{ color: 'var(--theme-error-600)', margin: 0 }}>
              {error}
            </p>
          ) : null}
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
            <Button
              onClick={submit}
              disabled={busy}
              margin={false}
              buttonStyle={destructive.includes(choice) ? 'error' : 'primary'}
            >
              {busy ? 'Saving…' : `${actionLabels[choice]}: confirm`}
            </Button>
            <Button buttonStyle="subtle" margin={false} onClick={() => setChoice(null)}>
              Back
            </Button>
          </div>
        </div>
      ) : null}
    </section>
  )
}

type Lines = OrderActionsProps['lines']

/** Each line's HUIDs as typed, for the lines that need them or got any; empty pieces as ''. */
const huidsToSend = (lines: Lines, values: Record<string, string>) =>
  lines
    .map((line) => ({
      item: line.item,
      huids: Array.from(
        { length: line.quantity },
        (_, i) => values[`${line.item}:${i}`]?.trim() ?? '',
      ),
    }))
    .filter((entry, i) => requiresHuid(lines[i].metal) || entry.huids.some(Boolean))

/** One input a piece: its hallmark unique ID, required for gold (lib/huid.ts). */
function HuidInputs({
  lines,
  values,
  onChange,
}: {
  lines: Lines
  values: Record<string, string>
  onChange: (next: Record<string, string>) => void
}) {
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0, display: 'grid', gap: 8 }}>
      <legend className="field-label" style={{ marginBottom: 6 }}>
        Hallmark unique IDs (HUID), one per piece
      </legend>
      {lines.map((line, index) =>
        Array.from({ length: line.quantity }, (_, piece) => {
          const key = `${line.item}:${piece}`
          const required = requiresHuid(line.metal)
          return (
            <label key={key} style={{ ...fieldStyle, gap: 4 }}>
              <span>
                {index + 1}. {line.name}
                {line.quantity > 1 ? `, piece ${piece + 1} of ${line.quantity}` : ''}
                {required ? ' (required)' : ' (optional)'}
              </span>
              <input
                name={`huid-${index}-${piece}`}
                value={values[key] ?? ''}
                required={required}
                maxLength={huidLength + 2}
                autoCapitalize="characters"
                spellCheck={false}
                onChange={(e) => onChange({ ...values, [key]: e.target.value.toUpperCase() })}
                style={{ ...inputStyle, fontFamily: 'monospace', maxWidth: 160 }}
              />
            </label>
          )
        }),
      )}
    </fieldset>
  )
}
