'use client'

import { useEffect, useId, useRef, useState } from 'react'

import { relativeTime } from '@/lib/relativeTime'

import { BellIcon } from '../layout/icons'
import { useNotifications } from '../notifications/useNotifications'
import './admin.scss'

/**
 * Staff's bell in the admin header: the unread count, kept current by the same feed and live
 * stream as the storefront's bell, and a panel of the newest ten, each leading into the admin.
 */
export function StaffBell() {
  const { feed, now, markRead, markAllRead } = useNotifications({ limit: 10 })
  const [open, setOpen] = useState(false)
  const wrapper = useRef<HTMLDivElement>(null)
  const panelId = useId()
  const unread = feed?.unread ?? 0

  useEffect(() => {
    if (!open) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false)
    }
    const onPointer = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('keydown', onKey)
    document.addEventListener('pointerdown', onPointer)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('pointerdown', onPointer)
    }
  }, [open])

  return (
    <div ref={wrapper} className="shop-bell" data-testid="staff-bell">
      <button
        type="button"
        className="shop-bell__button"
        onClick={() => setOpen((was) => !was)}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={unread ? `Notifications, ${unread} unread` : 'Notifications'}
      >
        <BellIcon />
        {unread ? (
          <span className="shop-bell__count" data-testid="staff-bell-count">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </button>
      {open ? (
        <div id={panelId} className="shop-bell__panel" role="region" aria-label="Notifications">
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
