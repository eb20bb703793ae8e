'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { readPayloadErrors } from '../auth/payloadErrors'

import { clearCart, type CartItem } from './cartStore'
import { FormAlert } from '../FormAlert'
import { FormField } from '../FormField'
import { useSubmit } from '../useSubmit'

type DeliveryField = {
  name: 'address' | 'pincode' | 'phone' | 'instructions'
  label: string
  hint?: string
  autoComplete?: string
  required?: boolean
  multiline?: boolean
}

const deliveryFields: DeliveryField[] = [
  {
    name: 'address',
    label: 'Delivery address',
    hint: 'House, street, area and city',
    autoComplete: 'street-address',
    required: true,
    multiline: true,
  },
  { name: 'pincode', label: 'PIN code', autoComplete: 'postal-code', hint: '6 digits' },
  {
    name: 'phone',
    label: 'Phone for delivery',
    autoComplete: 'tel',
    hint: 'Leave empty to use the number on your account',
  },
  {
    name: 'instructions',
    label: 'Instructions',
    hint: 'Anything our karigars or the courier should know',
    multiline: true,
  },
]

// Where the server names a field, which input it belongs to.
const inputFor = (path: string) =>
  path === 'instructions' ? 'instructions' : path.replace(/^customerSnapshot\./, '')

/**
 * The last step of the cart: delivery details, then `POST /api/orders` with the cart's pieces.
 * The server prices and snapshots each piece; this form sends only what the buyer chose.
 */
export function CheckoutForm({ items }: { items: CartItem[] }) {
  const router = useRouter()
  const [errors, setErrors] = useState<Record<string, string>>({})
  const { busy, error: message, run } = useSubmit()
  // One key per visit to the form: a double tap or a retry after a dropped connection is answered
  // with the order already placed instead of making a second one.
  const [idempotencyKey] = useState(() =>
    Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
      byte.toString(16).padStart(2, '0'),
    ).join(''),
  )

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>
    setErrors({})
    await run(async () => {
      // depth=0: the order's id is all this page reads back, so Payload need not populate the rest.
      const res = await fetch('/api/orders?depth=0', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
        body: JSON.stringify({
          items: items.map(({ productId, quantity, size, notes }) => ({
            product: productId,
            quantity,
            size: size || null,
            notes: notes || null,
          })),
          customerSnapshot: {
            address: form.address,
            pincode: form.pincode || null,
            phone: form.phone || null,
          },
          instructions: form.instructions || null,
        }),
      })
      const body = await res.json().catch(() => null)
      const placedId = res.ok ? body?.doc?.orderId : body?.errors?.[0]?.data?.orderId
      if ((res.ok || res.status === 409) && placedId) {
        clearCart()
        router.push(`/account/orders/${placedId}?placed=1`)
        router.refresh()
        return
      }
      const parsed = readPayloadErrors(body)
      const fieldErrors: Record<string, string> = {}
      const itemProblems: string[] = []
      for (const [path, text] of Object.entries(parsed.fields)) {
        const item = /^items\.(\d+)/.exec(path)
        if (item) itemProblems.push(`${items[Number(item[1])]?.name ?? 'A piece'}: ${text}`)
        else fieldErrors[inputFor(path)] = text
      }
      setErrors(fieldErrors)
      return itemProblems.length
        ? `Please change your cart. ${itemProblems.join('. ')}.`
        : Object.keys(fieldErrors).length
          ? 'Please correct the highlighted fields.'
          : parsed.message || 'The order could not be placed. Please try again.'
    })
  }

  return (
    <form onSubmit={submit} className="mt-6 space-y-4" data-testid="checkout-form" noValidate>
      {deliveryFields.map((field) => (
        <FormField
          key={field.name}
          id={`checkout-${field.name}`}
          name={field.name}
          label={field.label}
          hint={field.hint}
          error={errors[field.name]}
          required={field.required}
          autoComplete={field.autoComplete}
          rows={field.multiline ? 3 : undefined}
          type={field.name === 'phone' ? 'tel' : 'text'}
        />
      ))}
      <FormAlert message={message} />
      <button type="submit" disabled={busy} className="btn-primary w-full">
        {busy ? 'Placing your order…' : 'Place order'}
      </button>
    </form>
  )
}
