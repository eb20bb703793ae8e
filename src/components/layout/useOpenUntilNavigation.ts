'use client'

import { usePathname } from 'next/navigation'
import { useCallback, useState } from 'react'

/**
 * Open/closed state for a drawer or panel that closes itself when the route changes: it is open
 * only on the path it was opened on, so no effect has to reset it after a navigation.
 */
export function useOpenUntilNavigation() {
  const pathname = usePathname()
  const [openOn, setOpenOn] = useState<string | null>(null)
  const open = openOn === pathname
  const setOpen = useCallback(
    (next: boolean | ((open: boolean) => boolean)) =>
      setOpenOn((prev) => {
        const wanted = typeof next === 'function' ? next(prev === pathname) : next
        return wanted ? pathname : null
      }),
    [pathname],
  )
  return [open, setOpen] as const
}
