'use client'

import { idempotencyHeader } from '@/lib/idempotencyKey'
import type { DocumentId } from '@/lib/queryInput'

import { readPayloadErrors } from '../auth/payloadErrors'
import { deliveryFromForm } from '../orders/DeliveryFields'

type Line = { product: DocumentId; quantity: number; size: string; notes: string }

// Where the server names a delivery field, which input it belongs to.
const inputFor = (path: string) =>
  path === 'instructions' ? 'instructions' : path.replace(/^customerSnapshot\./, '')

export type Placement =
  | {
      ok: true
      orderId: string
      /** False when the order was placed by an earlier try with the same key (a replay). */
      fresh: boolean
    }
  | {
      ok: false
      /** Delivery inputs at fault, by input name. */
      fields: Record<string, string>
      /** Lines at fault, by their index in what was sent. */
      lines: { index: number; message: string }[]
      message: string | null
    }

/**
 * `POST /api/orders` as the cart and the quick order send it: the lines, and the delivery details
 * of the form (components/orders/DeliveryFields, and `instructions`). `key` is the Idempotency-Key of one
 * visit to the form: a retry of a placement that went through answers with that order (409).
 */
export const placeOrder = async (
  lines: Line[],
  form: FormData,
  key: string,
): Promise<Placement> => {
  // depth=0: the order's id is all the page reads back, so Payload need not populate the rest.
  const res = await fetch('/api/orders?depth=0', {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json', [idempotencyHeader]: key },
    body: JSON.stringify({
      items: lines.map(({ product, quantity, size, notes }) => ({
        product,
        quantity,
        size: size || null,
        notes: notes.trim() || null,
      })),
      customerSnapshot: deliveryFromForm(form),
      instructions: String(form.get('instructions') ?? '').trim() || null,
    }),
  })
  const body = await res.json().catch(() => null)
  const orderId = res.ok ? body?.doc?.orderId : body?.errors?.[0]?.data?.orderId
  if ((res.ok || res.status === 409) && orderId) return { ok: true, orderId, fresh: res.ok }
  const parsed = readPayloadErrors(body)
  const fields: Record<string, string> = {}
  const problems: { index: number; message: string }[] = []
  for (const [path, message] of Object.entries(parsed.fields)) {
    const item = /^items\.(\d+)/.exec(path)
    if (item) problems.push({ index: Number(item[1]), message })
    else fields[inputFor(path)] = message
  }
  return { ok: false, fields, lines: problems, message: parsed.message }
}

/** The form's message for a refused placement: `lines` says how to name a line to the buyer. */
export const placementProblem = (
  refused: Extract<Placement, { ok: false }>,
  lines: { intro: string; name: (index: number) => string },
) =>
  refused.lines.length
    ? `${lines.intro} ${refused.lines.map(({ index, message }) => `${lines.name(index)}: ${message}`).join('. ')}.`
    : Object.keys(refused.fields).length
      ? 'Please correct the highlighted fields.'
      : refused.message || 'The order could not be placed. Please try again.'
