import type { PayloadRequest } from 'payload'

import type { Branding } from '@/lib/emailTemplates'
import { notificationEmail } from '@/lib/emailTemplates'
import type { NotificationType } from '@/lib/notifications'
import type { ContactMessage } from '@/lib/contactMessage'
import { emailedToShop, notificationAudience, notificationMessage } from '@/lib/notifications'
import { idOf, type DocumentId } from '@/lib/queryInput'
import { defaultSiteName } from '@/lib/shop'
import type { PeopleCollection, PlacerCollection } from '@/lib/accounts'

import { insertMany } from './insertMany'
import { siteSettingsOf } from './siteSettings'

type Person = PeopleCollection
type Recipient = { relationTo: Person; value: DocumentId; email?: string | null }
type OrderRef = {
  id: DocumentId
  orderId?: string | null
  placedBy?: { relationTo: PlacerCollection; value: DocumentId | { id: DocumentId } } | null
  assignedGoldsmith?: DocumentId | { id: DocumentId } | null
  items?: unknown[] | null
}

const recipientsFor = async (
  req: PayloadRequest,
  type: NotificationType,
  subject: { order?: OrderRef; vendorId?: DocumentId },
): Promise<Recipient[]> => {
  switch (notificationAudience(type)) {
    case 'staff': {
      const { docs } = await req.payload.find({
        collection: 'users',
        limit: 500,
        depth: 0,
        pagination: false,
        select: { email: true },
        overrideAccess: true,
        req,
      })
      return docs.map((u) => ({ relationTo: 'users', value: u.id, email: u.email }))
    }
    case 'placer': {
      const placedBy = subject.order?.placedBy
      return placedBy
        ? [await withEmail(req, placedBy.relationTo, idOf(placedBy.value) as DocumentId)]
        : []
    }
    case 'goldsmith': {
      const goldsmith = subject.order?.assignedGoldsmith
      return goldsmith ? [await withEmail(req, 'goldsmiths', idOf(goldsmith) as DocumentId)] : []
    }
    case 'vendor':
      return subject.vendorId ? [await withEmail(req, 'vendors', subject.vendorId)] : []
  }
}

const withEmail = async (req: PayloadRequest, relationTo: Person, value: DocumentId) => {
  const person = await req.payload
    .findByID({ collection: relationTo, id: value, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  return { relationTo, value, email: person?.email ?? null }
}

const brandingOf = async (req: PayloadRequest): Promise<Branding> => {
  const settings = await siteSettingsOf(req)
  return {
    siteName: settings.siteName || defaultSiteName,
    contactEmail: settings.contact?.email,
    contactPhone: settings.contact?.phone,
  }
}

/**
 * Raises the in-app notifications of one event, one row per recipient (each has its own read flag),
 * in the caller's transaction (`req`), so they exist exactly when the event does, and queues one
 * email per recipient with an address (the `sendNotificationEmail` job, also in the transaction: it
 * is sent after commit, by the job runner, and retried there, so mail trouble never fails the
 * event). Rows and jobs are each written in one insert, however many staff are told. Written
 * below the API: nobody may create notifications through it, and this operation is the rule for
 * who is told what.
 */
export const notify = async (
  req: PayloadRequest,
  type: NotificationType,
  subject: {
    order?: OrderRef
    vendorId?: number
    vendorName?: string | null
    reason?: string | null
    contact?: ContactMessage
    /** Days (`YYYY-MM-DD`): the order's ready date, and the one it replaced, if it moved. */
    readyBy?: string | null
    previousReadyBy?: string | null
  },
): Promise<void> => {
  const recipients = await recipientsFor(req, type, subject)
  const message = notificationMessage(type, {
    contact: subject.contact,
    orderId: subject.order?.orderId,
    itemCount: subject.order?.items?.length,
    vendorName: subject.vendorName,
    reason: subject.reason,
    readyBy: subject.readyBy,
    previousReadyBy: subject.previousReadyBy,
  })
  const toShop = emailedToShop.includes(type)
  const brand = toShop || recipients.some((r) => r.email) ? await brandingOf(req) : null
  const ids = await insertMany(
    req,
    'notifications',
    recipients.map(({ relationTo, value }) => ({
      recipient: { relationTo, value },
      type,
      message,
      order: subject.order ? subject.order.id : null,
      vendor: subject.vendorId ?? null,
    })),
  )
  const email = (to: string, notification?: DocumentId | null) => ({
    taskSlug: 'sendNotificationEmail',
    input: {
      to,
      ...notificationEmail(type, message, brand!, subject.order?.orderId),
      ...(notification == null ? {} : { notification: String(notification) }),
    },
  })
  const emails = toShop
    ? brand?.contactEmail
      ? [email(brand.contactEmail)]
      : []
    : // A recipient deleted meanwhile got no notification (insertMany skipped it), nor an email.
      recipients.flatMap(({ email: to }, i) =>
        to && brand && ids[i] !== null ? [email(to, ids[i])] : [],
      )
  await insertMany(req, 'payload-jobs', emails)
}
