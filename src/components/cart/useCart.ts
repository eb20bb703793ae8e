'use client'

import { useSyncExternalStore } from 'react'

import type { CartItem } from './cartStore'
import { readCart, subscribeToCart } from './cartStore'

const empty: CartItem[] = []
let cachedRaw = ''
let cachedItems: CartItem[] = empty

// useSyncExternalStore needs a stable snapshot, so parse again only when the stored text changes.
const snapshot = (): CartItem[] => {
  const items = readCart()
  const raw = JSON.stringify(items)
  if (raw !== cachedRaw) {
    cachedRaw = raw
    cachedItems = items
  }
  return cachedItems
}

/** The cart's lines, kept in step with localStorage; empty during server rendering. */
export const useCart = (): CartItem[] =>
  useSyncExternalStore(subscribeToCart, snapshot, () => empty)
