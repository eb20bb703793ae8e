'use client'

import type { NotificationFeed } from '@/lib/notifications'

import { NotificationRow } from './NotificationRow'
import { useNotifications } from './useNotifications'

type Props = { initial: NotificationFeed; page: number; perPage: number }

/** One page of the notifications page, kept current like the bell, with "Mark all read". */
export function NotificationsList({ initial, page, perPage }: Props) {
  const { feed, now, markRead, markAllRead } = useNotifications({ page, limit: perPage, initial })
  const { docs, unread } = feed ?? initial
  return (
    <section aria-label="Your notifications">
      <div className="flex items-center justify-between gap-4">
        <p className="text-sm text-ink-soft" data-testid="unread-summary">
          {unread ? `${unread} unread` : 'All read'}
        </p>
        {unread ? (
          <button type="button" onClick={() => void markAllRead()} className="btn-outline">
            Mark all read
          </button>
        ) : null}
      </div>
      {docs.length === 0 ? (
        <p className="mt-6 text-sm text-ink-soft" data-testid="no-notifications">
          {page > 1
            ? 'No notifications on this page.'
            : 'Nothing yet. News of your orders and your account appears here.'}
        </p>
      ) : (
        <ul className="mt-4 border-t border-ivory-300">
          {docs.map((note) => (
            <li key={note.id}>
              <NotificationRow note={note} now={now} onOpen={markRead} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
