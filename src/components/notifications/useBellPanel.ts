'use client'

import { useEffect, useId, useRef } from 'react'

/**
 * A bell's panel, given its open state: focused as it opens, closed by Escape (focus back on the
 * bell) or by a pointer anywhere outside. The storefront's and the admin's bells share it.
 */
export function useBellPanel([open, setOpen]: readonly [
  boolean,
  (next: boolean | ((was: boolean) => boolean)) => void,
]) {
  const wrapper = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const panel = useRef<HTMLDivElement>(null)
  const panelId = useId()

  useEffect(() => {
    if (!open) return
    panel.current?.focus()
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      setOpen(false)
      button.current?.focus()
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
  }, [open, setOpen])

  return {
    open,
    wrapper,
    /** For BellButton. */
    buttonProps: { open, panelId, buttonRef: button, onToggle: () => setOpen((was) => !was) },
    /** For the panel's element. */
    panelProps: {
      id: panelId,
      ref: panel,
      tabIndex: -1,
      role: 'region',
      'aria-label': 'Notifications',
    } as const,
  }
}
