/**
 * How staff confirmed an order's amount with its buyer before accepting it. The record holds the
 * channel, the moment and the staff user, never the amount: the buyer reads it on their timeline,
 * and a customer may not see prices.
 */
export const confirmationChannels = ['phone', 'whatsapp', 'email', 'in_person'] as const
export type ConfirmationChannel = (typeof confirmationChannels)[number]

export const confirmationChannelLabels: Record<ConfirmationChannel, string> = {
  phone: 'by phone',
  whatsapp: 'on WhatsApp',
  email: 'by email',
  in_person: 'in person',
}

// A little room for a staff clock running ahead of the server's.
const clockSkewMs = 5 * 60_000

/**
 * Null when a confirmation at `at` fits the order: not before it was placed, not in the future.
 * Else the problem, for `amountConfirmation.at`.
 */
export const confirmationTimeProblem = (
  at: string,
  order: { placedAt: string; now: Date },
): string | null => {
  const time = Date.parse(at)
  if (!Number.isFinite(time)) return 'amountConfirmation.at must be a date and time'
  if (time > order.now.getTime() + clockSkewMs)
    return 'amountConfirmation.at cannot be in the future'
  if (time < Date.parse(order.placedAt))
    return 'amountConfirmation.at cannot be before the order was placed'
  return null
}
