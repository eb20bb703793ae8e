'use client'

import { useState } from 'react'

import { relativeTime } from '@/lib/relativeTime'

import { BellButton } from '../notifications/BellButton'
import { useBellPanel } from '../notifications/useBellPanel'
import { useNotifications } from '../notifications/useNotifications'
import './admin.scss'

/**
 * Staff's bell in the admin header: the unread count, kept current by the same feed and live
 * stream as the storefront's bell, and a panel of the newest ten, each leading into the admin.
 */
export function StaffBell() {
  const { feed, now, markRead, markAllRead } = useNotifications({ limit: 10 })
  const { open, wrapper, buttonProps, panelProps } = useBellPanel(useState(false))
  const unread = feed?.unread ?? 0

  return (
    <div ref={wrapper} className="shop-bell" data-testid="staff-bell">
      <BellButton
        unread={unread}
        {...buttonProps}
        className="shop-bell__button"
        countClassName="shop-bell__count"
        countTestId="staff-bell-count"
      />
      {open ? (
        <div {...panelProps} className="shop-bell__panel">
          <div className="shop-bell__head">
            <strong>Notifications</strong>
            {unread ? (
              <button type="button" onClick={() => void markAllRead()}>
                Mark all read
              </button>
            ) : null}
          </div>
          {!feed ? (
            <p className="shop-bell__empty">Loading…</p>
          ) : feed.docs.length === 0 ? (
            <p className="shop-bell__empty">Nothing yet.</p>
          ) : (
            <ul className="shop-bell__list">
              {feed.docs.map((note) => (
                <li key={note.id}>
                  <a
                    className="shop-bell__item"
                    href={note.href}
                    data-read={note.read}
                    onClick={() => markRead(note)}
                  >
                    <strong>{note.headline}</strong>
                    <span>{note.message}</span>
                    <time dateTime={note.createdAt}>{relativeTime(note.createdAt, now)}</time>
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  )
}
