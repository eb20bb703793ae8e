'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { newIdempotencyKey } from '@/lib/idempotencyKey'

import { clearCart, type CartItem } from './cartStore'
import { placeOrder, placementProblem } from './placeOrder'
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

/** The delivery details a buyer types; shared with the quick order (components/quickOrder). */
export function DeliveryFields({
  idPrefix,
  errors,
}: {
  idPrefix: string
  errors: Record<string, string>
}) {
  return deliveryFields.map((field) => (
    <FormField
      key={field.name}
      id={`${idPrefix}-${field.name}`}
      name={field.name}
      label={field.label}
      hint={field.hint}
      error={errors[field.name]}
      required={field.required}
      autoComplete={field.autoComplete}
      rows={field.multiline ? 3 : undefined}
      type={field.name === 'phone' ? 'tel' : 'text'}
    />
  ))
}

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
  const [idempotencyKey] = useState(newIdempotencyKey)

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>
    setErrors({})
    await run(async () => {
      const placed = await placeOrder(
        items.map((item) => ({ ...item, product: item.productId })),
        form,
        idempotencyKey,
      )
      if (placed.ok) {
        clearCart()
        router.push(`/account/orders/${placed.orderId}?placed=1`)
        router.refresh()
        return
      }
      setErrors(placed.fields)
      return placementProblem(placed, {
        intro: 'Please change your cart.',
        name: (index) => items[index]?.name ?? 'A piece',
      })
    })
  }

  return (
    <form onSubmit={submit} className="mt-6 space-y-4" data-testid="checkout-form" noValidate>
      <DeliveryFields idPrefix="checkout" errors={errors} />
      <FormAlert message={message} />
      <button type="submit" disabled={busy} className="btn-primary w-full">
        {busy ? 'Placing your order…' : 'Place order'}
      </button>
    </form>
  )
}
