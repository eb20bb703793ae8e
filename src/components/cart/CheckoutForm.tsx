'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { maxSavedAddresses } from '@/lib/address'
import { newIdempotencyKey } from '@/lib/idempotencyKey'
import type { QuotedAmounts } from '@/lib/pricing'
import type { AddressBook } from '@/src/queries/viewer'

import { formatInr } from '../format'
import { DeliveryFields, deliveryFromForm, noDelivery } from '../orders/DeliveryFields'
import { SavedAddressChoice, savedAsDelivery } from '../account/SavedAddressChoice'

import { clearCart, type CartItem } from './cartStore'
import { placeOrder, placementProblem } from './placeOrder'
import { FormAlert } from '../FormAlert'
import { FormField } from '../FormField'
import { sendJson, useSubmit } from '../useSubmit'

/** Adds the address this order went to to the account's saved ones (best effort: the order stands). */
const keepAddress = async (book: AddressBook, label: string, form: FormData) => {
  const delivery = deliveryFromForm(form)
  await sendJson(
    `/api/${book.collection}/${book.id}`,
    {
      addresses: [
        ...book.addresses,
        {
          label,
          name: delivery.recipientName ?? book.name,
          phone: delivery.phone ?? book.phone,
          address: delivery.address,
          pincode: delivery.pincode,
        },
      ],
    },
    'PATCH',
  ).catch(() => undefined)
}

/**
 * The last step of the cart: delivery details (typed, or one of the saved addresses), then
 * `POST /api/orders` with the cart's pieces. The server prices and snapshots each piece; this
 * form sends only what the buyer chose. Those who see prices are shown what they commit to.
 */
export function CheckoutForm({
  items,
  amounts,
  book,
}: {
  items: CartItem[]
  amounts: QuotedAmounts | null
  book: AddressBook | null
}) {
  const router = useRouter()
  const [errors, setErrors] = useState<Record<string, string>>({})
  const saved = book?.addresses ?? []
  // Which saved address fills the fields ('' for a new one); the fields start over on a change.
  const [chosen, setChosen] = useState<string>(saved[0]?.id ?? '')
  const [keep, setKeep] = useState(false)
  const { busy, error: message, run } = useSubmit()
  // One key per visit to the form: a double tap or a retry after a dropped connection is answered
  // with the order already placed instead of making a second one.
  const [idempotencyKey] = useState(newIdempotencyKey)
  const picked = saved.find((address) => address.id === chosen)
  const mayKeep = Boolean(book) && !picked && saved.length < maxSavedAddresses

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const formData = new FormData(event.currentTarget)
    const form = Object.fromEntries(formData) as Record<string, string>
    const label = (form.label ?? '').trim()
    if (mayKeep && keep && (!label || !form.pincode?.trim())) {
      setErrors({
        ...(label ? {} : { label: 'Name this address (Home, Shop) to save it' }),
        ...(form.pincode?.trim() ? {} : { pincode: 'A saved address needs its PIN code' }),
      })
      return
    }
    setErrors({})
    await run(async () => {
      const placed = await placeOrder(
        items.map((item) => ({ ...item, product: item.productId })),
        formData,
        idempotencyKey,
      )
      if (placed.ok) {
        if (placed.fresh && mayKeep && keep && book) await keepAddress(book, label, formData)
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
      {saved.length ? (
        <SavedAddressChoice addresses={saved} chosen={chosen} onChoose={setChosen} />
      ) : null}
      <DeliveryFields
        key={chosen}
        idPrefix="checkout"
        values={picked ? savedAsDelivery(picked) : noDelivery}
        errors={errors}
      />
      <FormField
        id="checkout-instructions"
        name="instructions"
        label="Instructions"
        hint="Anything our karigars or the courier should know"
        error={errors.instructions}
        rows={3}
      />
      {mayKeep ? (
        <div className="space-y-3">
          <label className="flex items-center gap-3 text-sm">
            <input
              type="checkbox"
              checked={keep}
              onChange={(event) => setKeep(event.target.checked)}
              className="size-5 accent-gold-700"
            />
            Save this address for next time
          </label>
          {keep ? (
            <FormField
              id="checkout-label"
              name="label"
              label="Call it"
              hint="Home, Shop, Mother's house…"
              error={errors.label}
              maxLength={40}
              required
            />
          ) : null}
        </div>
      ) : book && !picked ? (
        <p className="text-xs text-ink-soft">
          You keep {maxSavedAddresses} saved addresses already; remove one on your account page to
          save another.
        </p>
      ) : null}
      <FormAlert message={message} />
      {amounts ? (
        <p className="text-sm" data-testid="checkout-total">
          Placing this order commits you to <strong>{formatInr(amounts.total)}</strong>:{' '}
          {formatInr(amounts.subtotal)} and GST {formatInr(amounts.gst)}.
        </p>
      ) : null}
      <button type="submit" disabled={busy} className="btn-primary w-full">
        {busy ? 'Placing your order…' : 'Place order'}
      </button>
    </form>
  )
}
