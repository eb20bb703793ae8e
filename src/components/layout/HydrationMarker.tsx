'use client'

import { useEffect } from 'react'

/**
 * Marks <html data-hydrated="true"> once React has hydrated the page: browser tests (and anyone
 * debugging) can tell server HTML that does nothing yet from a page whose handlers are live.
 */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true'
  }, [])
  return null
}
