/** Every event that tells someone something, and who is told. */
export const notificationTypes = [
  'vendor_registered',
  'vendor_approved',
  'vendor_rejected',
  'vendor_disabled',
  'order_placed',
  'order_accepted',
  'order_assigned',
  'order_completed',
  'order_dispatched',
  'order_delivered',
  'order_rejected',
  'order_cancelled',
  'contact_message',
] as const

export type NotificationType = (typeof notificationTypes)[number]

/** Who hears of each event: all staff, the order's placer, its goldsmith, or the vendor concerned. */
export const notificationAudience: Record<
  NotificationType,
  'staff' | 'placer' | 'goldsmith' | 'vendor'
> = {
  vendor_registered: 'staff',
  vendor_approved: 'vendor',
  vendor_rejected: 'vendor',
  vendor_disabled: 'vendor',
  order_placed: 'staff',
  order_accepted: 'placer',
  order_assigned: 'goldsmith',
  order_completed: 'staff',
  order_dispatched: 'placer',
  order_delivered: 'placer',
  order_rejected: 'placer',
  order_cancelled: 'staff',
  contact_message: 'staff',
}

/** The notification raised by each order action. */
export const orderActionNotification = {
  accept: 'order_accepted',
  assign: 'order_assigned',
  complete: 'order_completed',
  dispatch: 'order_dispatched',
  deliver: 'order_delivered',
  reject: 'order_rejected',
  cancel: 'order_cancelled',
} as const satisfies Record<string, NotificationType>

/** Events emailed once to the shop's contact address (site settings) rather than to each recipient. */
export const emailedToShop: readonly NotificationType[] = ['contact_message']

type Facts = {
  contact?: { name: string; email: string; phone?: string; message: string }
  orderId?: string | null
  vendorName?: string | null
  reason?: string | null
  itemCount?: number
}

/**
 * The message for an event. It says only what every audience of that event may know: a goldsmith's
 * message names the order and the work, never the buyer or a price.
 */
export const notificationMessage = (type: NotificationType, facts: Facts): string => {
  const order = `Order ${facts.orderId ?? ''}`.trim()
  switch (type) {
    case 'vendor_registered':
      return `New vendor registration: ${facts.vendorName ?? 'a retailer'} is waiting for approval.`
    case 'vendor_approved':
      return `Your vendor account is approved. You can now see prices and place orders.${facts.reason ? ` Note: ${facts.reason}` : ''}`
    case 'vendor_rejected':
      return `Your vendor registration was not approved.${facts.reason ? ` Reason: ${facts.reason}` : ''}`
    case 'vendor_disabled':
      return `Your vendor account is disabled; you cannot sign in or order until we re-enable it.${facts.reason ? ` Reason: ${facts.reason}` : ''}`
    case 'order_placed':
      return `${order} was placed${facts.itemCount ? ` with ${facts.itemCount} item${facts.itemCount === 1 ? '' : 's'}` : ''}.`
    case 'order_accepted':
      return `${order} is accepted and will go to our workshop.`
    case 'order_assigned':
      return `${order} is assigned to you.`
    case 'order_completed':
      return `${order} is completed by the workshop and ready to dispatch.`
    case 'order_dispatched':
      return `${order} is on its way.`
    case 'order_delivered':
      return `${order} is delivered. Thank you!`
    case 'order_rejected':
      return `${order} could not be accepted.${facts.reason ? ` Reason: ${facts.reason}` : ''}`
    case 'order_cancelled':
      return `${order} was cancelled by the buyer.`
    case 'contact_message':
      return facts.contact
        ? `Message from ${facts.contact.name} (${[facts.contact.email, facts.contact.phone].filter(Boolean).join(', ')}): ${facts.contact.message}`
        : 'A new message arrived through the contact form.'
  }
}
