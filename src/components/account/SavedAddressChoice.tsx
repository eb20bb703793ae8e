import { savedAddressSummary, type SavedAddress } from '@/lib/address'

import type { DeliveryValues } from '../orders/DeliveryFields'

/** A saved address as the delivery fields take it. */
export const savedAsDelivery = (saved: SavedAddress): DeliveryValues => ({
  name: saved.name,
  address: saved.address,
  pincode: saved.pincode,
  phone: saved.phone,
})

/** Checkout's choice of a saved address (which then fills the delivery fields) or a new one. */
export function SavedAddressChoice({
  addresses,
  chosen,
  onChoose,
}: {
  addresses: SavedAddress[]
  chosen: string
  onChoose: (id: string) => void
}) {
  const options = [
    ...addresses.map((address) => ({ id: address.id ?? '', text: savedAddressSummary(address) })),
    { id: '', text: 'A new address' },
  ]
  return (
    <fieldset data-testid="saved-address-choice">
      <legend className="label">Deliver to</legend>
      <div className="space-y-2">
        {options.map((option) => (
          <label
            key={option.id || 'new'}
            className="flex items-start gap-3 border border-line bg-white px-3 py-2.5 text-sm has-[:checked]:border-gold-700"
          >
            <input
              type="radio"
              name="savedAddress"
              value={option.id}
              checked={chosen === option.id}
              onChange={() => onChoose(option.id)}
              className="mt-0.5 size-4 shrink-0 accent-gold-700"
            />
            <span className="min-w-0 break-words">{option.text}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
