/** How many delivery addresses one account may keep. */
export const maxSavedAddresses = 5

/** Null when `pincode` is an Indian PIN code (six digits, not starting 0), else what to type. */
export const pincodeProblem = (pincode: string): string | null =>
  /^[1-9]\d{5}$/.test(pincode.trim()) ? null : 'PIN code is 6 digits'

/** Null when a delivery address is long enough to find the door, else what to add. */
export const deliveryAddressProblem = (address: string): string | null => {
  const text = address.trim()
  if (text.length < 10) return 'Delivery address looks too short; include house, street and city'
  if (text.length > 500) return 'Delivery address is at most 500 characters'
  return null
}

/** Null when `count` saved addresses are allowed, else the message that names the limit. */
export const savedAddressesProblem = (count: number): string | null =>
  count > maxSavedAddresses
    ? `You can keep up to ${maxSavedAddresses} saved addresses; remove one before adding another`
    : null

/** One saved delivery address: what it is called, who receives it, and where. */
export type SavedAddress = {
  id?: string | null
  label: string
  name: string
  phone: string
  address: string
  pincode: string
}

/** "Home · Priya Sharma, 12 MG Road, Jaipur 302001": how a saved address reads in a list. */
export const savedAddressSummary = (saved: SavedAddress): string =>
  `${saved.label} · ${saved.name}, ${saved.address.replace(/\s*\n\s*/g, ', ')} ${saved.pincode}`.trim()
