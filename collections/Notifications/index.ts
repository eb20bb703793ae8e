import type { CollectionConfig } from 'payload'

import { isRecipient, nobody, nobodyField } from '@/access/checks'
import { feed, markAllRead, unreadCount } from '@/endpoints/notificationsRead'
import { stream } from '@/endpoints/notificationsStream'
import { refuseUntilPasswordChanged } from '@/hooks/refuseUntilPasswordChanged'
import { notificationTypes } from '@/lib/notifications'
import { peopleCollections } from '@/lib/accounts'

const serverOnly = { update: nobodyField }

/**
 * In-app messages, one row per recipient, created only by operations/notify.ts inside the
 * transaction of the event that causes them. A recipient reads and marks only their own.
 */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  admin: {
    useAsTitle: 'message',
    defaultColumns: ['message', 'type', 'read', 'createdAt'],
    group: 'Orders',
  },
  defaultSort: '-createdAt',
  access: { read: isRecipient, update: isRecipient, create: nobody, delete: nobody },
  hooks: { beforeOperation: [refuseUntilPasswordChanged] },
  endpoints: [unreadCount, feed, stream, markAllRead],
  fields: [
    {
      name: 'recipient',
      type: 'relationship',
      relationTo: [...peopleCollections],
      required: true,
      index: true,
      access: serverOnly,
    },
    {
      name: 'type',
      type: 'select',
      required: true,
      options: [...notificationTypes],
      access: serverOnly,
    },
    { name: 'order', type: 'relationship', relationTo: 'orders', access: serverOnly },
    { name: 'vendor', type: 'relationship', relationTo: 'vendors', access: serverOnly },
    { name: 'message', type: 'text', required: true, access: serverOnly },
    { name: 'read', type: 'checkbox', defaultValue: false, index: true },
  ],
}
