'use client'

import { createContext, useContext, useEffect, useState } from 'react'

import { cartOwnerOf, type ViewerSummary } from '@/lib/viewer'

import { setCartOwner } from '../cart/cartStore'

type ViewerState = { viewer: ViewerSummary | null; known: boolean }

const ViewerContext = createContext<ViewerState>({ viewer: null, known: false })
const changeEvent = 'jewellery-viewer-change'

/** Tells the page that someone signed in or out in this tab, so the header asks again. */
export const announceViewerChange = () => window.dispatchEvent(new Event(changeEvent))

/**
 * Who is looking, asked of /api/viewer once the page is in the browser: the pages themselves are
 * the same cached HTML for everyone. `known` stays false until the answer comes, so nothing that
 * depends on the person (the cart's owner, prices, the account menu) guesses.
 */
export function ViewerProvider({ children }: { children: React.ReactNode }) {
  const [state, setState] = useState<ViewerState>({ viewer: null, known: false })
  useEffect(() => {
    let current = true
    const ask = async () => {
      try {
        const res = await fetch('/api/viewer', { credentials: 'same-origin', cache: 'no-store' })
        const { viewer, sentryDsn } = (await res.json()) as {
          viewer: ViewerSummary | null
          sentryDsn?: string
        }
        // Error tracking's browser half is fetched only when the server has it configured.
        if (sentryDsn)
          void import('../errorTracking/startBrowserErrorTracking').then((tracking) =>
            tracking.startBrowserErrorTracking(sentryDsn),
          )
        if (!current) return
        setCartOwner(cartOwnerOf(viewer))
        setState({ viewer, known: true })
      } catch {
        // Offline or the server is down: browse as a guest; signing in will ask again.
        if (current) setState({ viewer: null, known: true })
      }
    }
    void ask()
    window.addEventListener(changeEvent, ask)
    return () => {
      current = false
      window.removeEventListener(changeEvent, ask)
    }
  }, [])
  return <ViewerContext.Provider value={state}>{children}</ViewerContext.Provider>
}

/** The person looking at this page, and whether that is known yet. */
export const useViewer = () => useContext(ViewerContext)
