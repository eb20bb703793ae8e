'use client'

import Link from 'next/link'

import type { NotificationView } from '@/lib/notifications'
import { relativeTime } from '@/lib/relativeTime'

type Props = {
  note: NotificationView
  now: number
  onOpen: (note: NotificationView) => void
  compact?: boolean
}

/** One notification: a link to its order (or the account), marked read as it is opened. */
export function NotificationRow({ note, now, onOpen, compact = false }: Props) {
  return (
    <Link
      href={note.href}
      onClick={() => onOpen(note)}
      data-testid="notification"
      data-read={note.read}
      className={`flex gap-3 border-b border-ivory-300 hover:bg-ivory/70 ${compact ? 'px-4 py-3' : 'px-1 py-4'}`}
    >
      <span
        aria-hidden
        className={`mt-1.5 size-2 shrink-0 rounded-full ${note.read ? 'bg-transparent' : 'bg-gold-700'}`}
      />
      <span className="min-w-0 flex-1">
        <span className={`block text-sm ${note.read ? 'text-ink-soft' : 'font-semibold text-ink'}`}>
          {note.headline}
          {note.read ? null : <span className="sr-only"> (unread)</span>}
        </span>
        <span className={`block text-sm text-ink-soft ${compact ? 'line-clamp-2' : ''}`}>
          {note.message}
        </span>
        <time
          dateTime={note.createdAt}
          suppressHydrationWarning
          className="mt-1 block text-xs text-ink-soft"
        >
          {relativeTime(note.createdAt, now)}
        </time>
      </span>
    </Link>
  )
}
