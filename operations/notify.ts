import type { PayloadRequest } from 'payload'

import type { NotificationType } from '@/lib/notifications'
import { notificationAudience, notificationMessage } from '@/lib/notifications'

type Recipient = { relationTo: 'users' | 'customers' | 'vendors' | 'goldsmiths'; value: number }
type OrderRef = {
  id: number
  orderId?: string | null
  placedBy?: { relationTo: 'customers' | 'vendors'; value: number | { id: number } } | null
  assignedGoldsmith?: number | { id: number } | null
  items?: unknown[] | null
}

const idOf = (value: number | { id: number }) => (typeof value === 'object' ? value.id : value)

const recipientsFor = async (
  req: PayloadRequest,
  type: NotificationType,
  subject: { order?: OrderRef; vendorId?: number },
): Promise<Recipient[]> => {
  switch (notificationAudience[type]) {
    case 'staff': {
      const { docs } = await req.payload.find({
        collection: 'users',
        limit: 500,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      return docs.map((u) => ({ relationTo: 'users', value: u.id }))
    }
    case 'placer': {
      const placedBy = subject.order?.placedBy
      return placedBy ? [{ relationTo: placedBy.relationTo, value: idOf(placedBy.value) }] : []
    }
    case 'goldsmith': {
      const goldsmith = subject.order?.assignedGoldsmith
      return goldsmith ? [{ relationTo: 'goldsmiths', value: idOf(goldsmith) }] : []
    }
    case 'vendor':
      return subject.vendorId ? [{ relationTo: 'vendors', value: subject.vendorId }] : []
  }
}

/**
 * Raises the in-app notifications of one event, in the caller's transaction (`req`), so they exist
 * exactly when the event does. Written with access overridden: nobody may create notifications
 * through the API, and this operation is the rule for who is told what.
 */
export const notify = async (
  req: PayloadRequest,
  type: NotificationType,
  subject: {
    order?: OrderRef
    vendorId?: number
    vendorName?: string | null
    reason?: string | null
  },
): Promise<void> => {
  const recipients = await recipientsFor(req, type, subject)
  const message = notificationMessage(type, {
    orderId: subject.order?.orderId,
    itemCount: subject.order?.items?.length,
    vendorName: subject.vendorName,
    reason: subject.reason,
  })
  for (const recipient of recipients) {
    await req.payload.create({
      collection: 'notifications',
      data: {
        recipient,
        type,
        message,
        order: subject.order?.id ?? null,
        vendor: subject.vendorId ?? null,
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
  }
}
