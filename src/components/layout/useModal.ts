'use client'

import type { RefObject } from 'react'
import { useEffect, useEffectEvent } from 'react'

const focusable =
  'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), [tabindex]'

/**
 * What a modal panel (a drawer, a bottom sheet) owes keyboard and screen-reader users while it is
 * open: focus moves to its first control, Tab and Shift+Tab cycle inside it, Escape closes it, the
 * page behind does not scroll, and on closing focus returns to what had it before (the opener).
 */
export function useModal(panel: RefObject<HTMLElement | null>, open: boolean, onClose: () => void) {
  const close = useEffectEvent(onClose)
  useEffect(() => {
    if (!open) return
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    // Only controls that are shown and reachable by Tab: a sheet may hold some hidden at its width.
    const controls = () =>
      Array.from(panel.current?.querySelectorAll<HTMLElement>(focusable) ?? []).filter(
        (element) => element.tabIndex >= 0 && element.getClientRects().length > 0,
      )
    controls()[0]?.focus()
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault()
        close()
        return
      }
      if (event.key !== 'Tab') return
      const list = controls()
      if (!list.length) return
      const first = list[0]
      const last = list[list.length - 1]
      const inside = panel.current?.contains(document.activeElement)
      if (!inside || (event.shiftKey && document.activeElement === first)) {
        event.preventDefault()
        ;(event.shiftKey ? last : first).focus()
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault()
        first.focus()
      }
    }
    document.addEventListener('keydown', onKey)
    document.body.style.overflow = 'hidden'
    return () => {
      document.removeEventListener('keydown', onKey)
      document.body.style.overflow = ''
      if (opener?.isConnected) opener.focus()
    }
  }, [open, panel])
}
