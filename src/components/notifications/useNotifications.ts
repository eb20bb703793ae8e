'use client'

import { useCallback, useEffect, useRef, useState } from 'react'

import type { NotificationFeed, NotificationView } from '@/lib/notifications'
import { notificationStream } from '@/lib/notificationStream'

const changeEvent = 'jewellery-notifications-change'

/** Tells every list of notifications in this tab (bell, notifications page) to ask again. */
const announceChange = () => window.dispatchEvent(new Event(changeEvent))

const stateKey = (unread: number, latest: unknown) => `${unread}:${String(latest ?? '')}`

/** Marks one notification read (PATCH, the collection's own access decides whose). */
const markOneRead = (id: NotificationView['id']) =>
  fetch(`/api/notifications/${encodeURIComponent(String(id))}?depth=0`, {
    method: 'PATCH',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ read: true }),
    // The click that marks it also navigates away: let the request outlive the page.
    keepalive: true,
  })

/**
 * The signed-in person's newest notifications (`page`, `limit`), kept current: a server-sent
 * event stream says when the count or the newest one changes, and while that stream is not open
 * (refused, a proxy in the way, reconnecting) the list is asked for every 20 s instead.
 * `initial` (a server-rendered page) spares the first request.
 */
export function useNotifications({
  page = 1,
  limit = 10,
  initial = null,
}: { page?: number; limit?: number; initial?: NotificationFeed | null } = {}) {
  const [feed, setFeed] = useState<NotificationFeed | null>(initial)
  // The clock the rows' "5 minutes ago" is told against: moved on with each answer and each minute.
  const [now, setNow] = useState(() => Date.now())
  const shown = useRef(initial ? stateKey(initial.unread, initial.docs[0]?.id) : '')

  useEffect(() => {
    let current = true
    let streamOpen = false
    const load = async () => {
      try {
        const res = await fetch(`/api/notifications/feed?page=${page}&limit=${limit}`, {
          credentials: 'same-origin',
          cache: 'no-store',
        })
        if (!current) return
        // Refused (signed out meanwhile, a karigar's temporary password): nothing to show.
        const next = res.ok
          ? ((await res.json()) as NotificationFeed)
          : { docs: [], unread: 0, page, totalPages: 0, totalDocs: 0 }
        if (!current) return
        shown.current = stateKey(next.unread, page === 1 ? next.docs[0]?.id : undefined)
        setFeed(next)
        setNow(Date.now())
      } catch {
        // Offline: keep what is shown; the next event or poll asks again.
      }
    }
    if (!initial) void load()

    const source =
      typeof EventSource === 'function' ? new EventSource('/api/notifications/stream') : null
    source?.addEventListener('open', () => {
      streamOpen = true
    })
    source?.addEventListener('error', () => {
      streamOpen = false
    })
    source?.addEventListener(notificationStream.event, (event) => {
      streamOpen = true
      const { unread, latest } = JSON.parse((event as MessageEvent<string>).data) as {
        unread: number
        latest: unknown
      }
      if (stateKey(unread, page === 1 ? latest : undefined) !== shown.current) void load()
    })
    const poll = setInterval(() => {
      if (!streamOpen) void load()
    }, notificationStream.fallbackPollMs)
    const clock = setInterval(() => setNow(Date.now()), 60_000)
    window.addEventListener(changeEvent, load)
    return () => {
      current = false
      source?.close()
      clearInterval(poll)
      clearInterval(clock)
      window.removeEventListener(changeEvent, load)
    }
  }, [page, limit, initial])

  const markRead = useCallback((note: NotificationView) => {
    if (note.read) return
    setFeed((f) =>
      f
        ? {
            ...f,
            unread: Math.max(0, f.unread - 1),
            docs: f.docs.map((d) => (d.id === note.id ? { ...d, read: true } : d)),
          }
        : f,
    )
    void markOneRead(note.id)
      .then(announceChange)
      .catch(() => undefined)
  }, [])

  const markAllRead = useCallback(async () => {
    setFeed((f) => (f ? { ...f, unread: 0, docs: f.docs.map((d) => ({ ...d, read: true })) } : f))
    await fetch('/api/notifications/mark-all-read', {
      method: 'POST',
      credentials: 'same-origin',
    }).catch(() => undefined)
    announceChange()
  }, [])

  return { feed, now, markRead, markAllRead }
}
