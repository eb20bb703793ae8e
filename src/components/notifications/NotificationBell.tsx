'use client'

import Link from 'next/link'

import { useOpenUntilNavigation } from '../layout/useOpenUntilNavigation'
import { useViewer } from '../viewer/ViewerProvider'
import { BellButton } from './BellButton'
import { NotificationRow } from './NotificationRow'
import { useBellPanel } from './useBellPanel'
import { useNotifications } from './useNotifications'

/**
 * The bell for customers, vendors and karigars (staff have theirs in the admin): the unread count,
 * and a panel of the newest ten. Nothing until the browser knows who is looking.
 */
export function NotificationBell() {
  const { viewer } = useViewer()
  if (!viewer || viewer.collection === 'users') return null
  // One bell per account: signing in as someone else starts afresh.
  return <Bell key={`${viewer.collection}:${viewer.id}`} />
}

function Bell() {
  const { feed, now, markRead, markAllRead } = useNotifications({ limit: 10 })
  const { open, wrapper, buttonProps, panelProps } = useBellPanel(useOpenUntilNavigation())
  const unread = feed?.unread ?? 0

  return (
    <div ref={wrapper} className="md:relative">
      <BellButton
        unread={unread}
        {...buttonProps}
        className="relative inline-flex size-11 items-center justify-center text-ink hover:text-gold-700"
        countClassName="absolute top-1 right-0.5 flex min-w-[1.1rem] items-center justify-center rounded-full bg-gold-700 px-1 text-[10px] leading-[1.1rem] font-semibold text-white"
        countTestId="bell-count"
      />
      {open ? (
        <div
          {...panelProps}
          className="absolute inset-x-2 top-full z-50 mt-1 flex max-h-[75vh] flex-col border border-ivory-300 bg-white text-sm shadow-xl shadow-ink/10 outline-none md:inset-x-auto md:right-0 md:w-96"
        >
          <div className="flex items-center justify-between border-b border-ivory-300 px-4 py-3">
            <p className="font-serif text-lg">Notifications</p>
            {unread ? (
              <button
                type="button"
                onClick={() => void markAllRead()}
                className="min-h-11 px-1 text-xs tracking-[0.14em] text-gold-700 uppercase hover:text-ink"
              >
                Mark all read
              </button>
            ) : null}
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto">
            {!feed ? (
              <p className="px-4 py-6 text-ink-soft">Loading…</p>
            ) : feed.docs.length === 0 ? (
              <p className="px-4 py-6 text-ink-soft" data-testid="no-notifications">
                Nothing yet. News of your orders and your account appears here.
              </p>
            ) : (
              <ul>
                {feed.docs.map((note) => (
                  <li key={note.id}>
                    <NotificationRow note={note} now={now} onOpen={markRead} compact />
                  </li>
                ))}
              </ul>
            )}
          </div>
          <Link
            href="/account/notifications"
            className="block px-4 py-3 text-center text-xs tracking-[0.14em] uppercase hover:text-gold-700"
          >
            All notifications
          </Link>
        </div>
      ) : null}
    </div>
  )
}
