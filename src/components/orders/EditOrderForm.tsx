'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { maxQuantityPerItem } from '@/lib/orderLines'
import type { DocumentId } from '@/lib/queryInput'

import { readPayloadErrors } from '../auth/payloadErrors'
import { FormAlert } from '../FormAlert'
import { FormField } from '../FormField'
import { sendJson, useSubmit } from '../useSubmit'
import { DeliveryFields, deliveryFromForm, type DeliveryValues } from './DeliveryFields'

type Line = { name: string; quantity: number; size: string; notes: string; sizeChoices: string[] }

// The server names `items.0.quantity`, `customerSnapshot.address`: each input carries that name.
const inputFor = (path: string) => path.replace(/^customerSnapshot\./, '')

/**
 * The buyer's change to an order still placed: each line's quantity, size and notes, the delivery
 * details and instructions, sent to `POST /api/orders/:id/edit`. The server checks them with the
 * rules of placement, refuses once the order is accepted, and writes the change on the timeline.
 */
export function EditOrderForm({
  id,
  lines,
  delivery,
  instructions,
}: {
  id: DocumentId
  lines: Line[]
  delivery: DeliveryValues
  instructions: string
}) {
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [done, setDone] = useState(false)
  const { busy, error, run } = useSubmit({ settle: true })

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const text = (name: string) => String(form.get(name) ?? '').trim()
    setErrors({})
    setDone(false)
    await run(async () => {
      const res = await sendJson(`/api/orders/${id}/edit`, {
        items: lines.map((_, i) => ({
          quantity: Number(text(`items.${i}.quantity`)),
          size: text(`items.${i}.size`) || null,
          notes: text(`items.${i}.notes`) || null,
        })),
        customerSnapshot: deliveryFromForm(form),
        instructions: text('instructions') || null,
      })
      if (res.ok) {
        setOpen(false)
        setDone(true)
        router.refresh()
        return
      }
      const parsed = readPayloadErrors(res.body)
      setErrors(Object.fromEntries(Object.entries(parsed.fields).map(([p, m]) => [inputFor(p), m])))
      return Object.keys(parsed.fields).length
        ? 'Please correct the highlighted fields.'
        : parsed.message || 'Your changes could not be saved. Please try again.'
    })
  }

  if (!open) {
    return (
      <div className="mt-6 space-y-3">
        {done ? (
          <p
            role="status"
            className="border-l-2 border-gold-500 pl-3 text-sm"
            data-testid="edit-saved"
          >
            Your changes are saved; we will work from them.
          </p>
        ) : null}
        <button type="button" className="btn-outline" onClick={() => setOpen(true)}>
          Change this order
        </button>
      </div>
    )
  }

  return (
    <form onSubmit={submit} className="mt-6 space-y-6" data-testid="edit-order-form" noValidate>
      <p className="text-sm text-ink-soft">
        Until we accept it you can change sizes, quantities, notes and where it goes.
      </p>
      {lines.map((line, i) => (
        <fieldset key={i} className="space-y-3 border-t border-ivory-300 pt-4">
          <legend className="font-serif text-lg">{line.name}</legend>
          <div className="flex flex-wrap gap-4">
            <FormField
              id={`edit-${i}-quantity`}
              name={`items.${i}.quantity`}
              label="Qty"
              type="number"
              min={1}
              max={maxQuantityPerItem}
              defaultValue={line.quantity}
              error={errors[`items.${i}.quantity`]}
              className="w-24"
            />
            {line.sizeChoices.length || line.size ? (
              <div>
                <label htmlFor={`edit-${i}-size`} className="label">
                  Size
                </label>
                <select
                  id={`edit-${i}-size`}
                  name={`items.${i}.size`}
                  defaultValue={line.size}
                  aria-invalid={Boolean(errors[`items.${i}.size`])}
                  className="field"
                >
                  {[...new Set([line.size, ...line.sizeChoices].filter(Boolean))].map((size) => (
                    <option key={size} value={size}>
                      {size}
                    </option>
                  ))}
                </select>
                {errors[`items.${i}.size`] ? (
                  <p className="mt-1 text-xs text-ruby" data-field-error={`items.${i}.size`}>
                    {errors[`items.${i}.size`]}
                  </p>
                ) : null}
              </div>
            ) : null}
          </div>
          <FormField
            id={`edit-${i}-notes`}
            name={`items.${i}.notes`}
            label="Notes for the karigar"
            defaultValue={line.notes}
            error={errors[`items.${i}.notes`]}
            rows={2}
            maxLength={500}
          />
        </fieldset>
      ))}
      <fieldset className="space-y-4 border-t border-ivory-300 pt-4">
        <legend className="font-serif text-lg">Delivery</legend>
        <DeliveryFields idPrefix="edit" values={delivery} errors={errors} />
        <FormField
          id="edit-instructions"
          name="instructions"
          label="Instructions"
          defaultValue={instructions}
          error={errors.instructions}
          rows={2}
        />
      </fieldset>
      <FormAlert message={error} />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={busy} className="btn-primary">
          {busy ? 'Saving…' : 'Save changes'}
        </button>
        <button
          type="button"
          className="text-xs tracking-[0.14em] text-ink-soft uppercase hover:underline"
          onClick={() => setOpen(false)}
        >
          Keep as it is
        </button>
      </div>
    </form>
  )
}
