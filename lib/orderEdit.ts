import type { FieldProblem, OrderEdit } from './orderInput'
import type { OrderStatus } from './orderStatus'

/** An order may be changed by its buyer only while it waits for us: placed, not yet accepted. */
export const editableStatus: OrderStatus = 'ordered'

/** How a change by the buyer is titled on the order's timeline. */
export const orderEditTitle = 'Order changed'

type Line = { name: string; quantity: number; size: string | null; notes: string | null }

export type Delivery = {
  recipientName: string | null
  phone: string | null
  address: string | null
  pincode: string | null
}

type Editable = { lines: Line[]; delivery: Delivery; instructions: string | null }

export type EditOutcome =
  { ok: true; after: Editable; changes: string[] } | { ok: false; problems: FieldProblem[] }

const quoted = (text: string | null) => (text ? `“${text}”` : 'none')

const lineChanges = (before: Line, after: Line): string[] => {
  const changes: string[] = []
  if (before.quantity !== after.quantity)
    changes.push(`${before.name}: quantity from ${before.quantity} to ${after.quantity}`)
  if ((before.size ?? '') !== (after.size ?? ''))
    changes.push(`${before.name}: size from ${before.size || 'none'} to ${after.size || 'none'}`)
  if ((before.notes ?? '') !== (after.notes ?? ''))
    changes.push(`${before.name}: notes from ${quoted(before.notes)} to ${quoted(after.notes)}`)
  return changes
}

const deliveryChanges = (before: Delivery, after: Delivery): string[] => {
  const changes: string[] = []
  if ((before.address ?? '') !== (after.address ?? ''))
    changes.push(`delivery address to ${after.address}`)
  if ((before.pincode ?? '') !== (after.pincode ?? ''))
    changes.push(`PIN code to ${after.pincode || 'none'}`)
  if ((before.recipientName ?? '') !== (after.recipientName ?? ''))
    changes.push(`recipient to ${after.recipientName || 'the account holder'}`)
  if ((before.phone ?? '') !== (after.phone ?? '')) changes.push(`delivery phone to ${after.phone}`)
  return changes
}

/**
 * An order's lines, delivery details and instructions after a buyer's edit (lib/orderInput.ts
 * checked its fields), and what changed in words the buyer reads ("Kada: quantity from 1 to 2").
 * Lines are matched by position, so an edit sends one entry per line. Delivery details sent
 * replace the old ones, except a phone left out, which stays. Sizes are checked by the caller,
 * which knows each product's sizes.
 */
export const applyOrderEdit = (current: Editable, edit: OrderEdit): EditOutcome => {
  if (edit.items && edit.items.length !== current.lines.length)
    return {
      ok: false,
      problems: [
        {
          path: 'items',
          message: `Send every line of the order, in order: it has ${current.lines.length}`,
        },
      ],
    }
  const lines = current.lines.map((line, i) => {
    const choice = edit.items?.[i]
    return choice
      ? {
          ...line,
          quantity: choice.quantity,
          size: choice.size?.trim() || null,
          notes: choice.notes?.trim() || null,
        }
      : line
  })
  const sent = edit.customerSnapshot
  const delivery: Delivery = sent
    ? {
        recipientName: sent.recipientName ?? null,
        phone: sent.phone ?? current.delivery.phone,
        address: sent.address,
        pincode: sent.pincode || null,
      }
    : current.delivery
  const instructions =
    edit.instructions === undefined ? current.instructions : edit.instructions?.trim() || null
  const changes = [
    ...current.lines.flatMap((line, i) => lineChanges(line, lines[i])),
    ...deliveryChanges(current.delivery, delivery),
  ]
  if ((current.instructions ?? '') !== (instructions ?? ''))
    changes.push(`instructions to ${quoted(instructions)}`)
  return { ok: true, after: { lines, delivery, instructions }, changes }
}

/** The timeline's note for an edit: "Changed by you: Kada: quantity from 1 to 2; PIN code to …". */
export const orderEditNote = (changes: string[]): string => `Changed ${changes.join('; ')}.`
