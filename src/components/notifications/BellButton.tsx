'use client'

import type { RefObject } from 'react'

import { BellIcon } from '../layout/icons'

type Props = {
  unread: number
  open: boolean
  panelId: string
  onToggle: () => void
  buttonRef: RefObject<HTMLButtonElement | null>
  className: string
  countClassName: string
  countTestId: string
}

/** The bell itself: its unread count (99+ past 99), and the panel it opens for screen readers. */
export function BellButton({ unread, open, panelId, onToggle, buttonRef, ...look }: Props) {
  return (
    <button
      ref={buttonRef}
      type="button"
      onClick={onToggle}
      aria-expanded={open}
      aria-controls={open ? panelId : undefined}
      aria-label={unread ? `Notifications, ${unread} unread` : 'Notifications'}
      className={look.className}
    >
      <BellIcon />
      {unread ? (
        <span data-testid={look.countTestId} className={look.countClassName}>
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </button>
  )
}
