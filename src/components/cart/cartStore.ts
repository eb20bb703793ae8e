'use client'

import type { DocumentId } from '@/lib/queryInput'
import { maxQuantityPerItem } from '@/lib/orderLines'

/** One line of the cart. Only public product details: the cart never holds a price. */
export type CartItem = {
  key: string
  productId: DocumentId
  slug: string
  name: string
  sku: string
  image: string | null
  description: string
  size: string
  notes: string
  quantity: number
}

// One cart per account on this browser, kept under the owner's key: `…:customers:12`, `…:guest`.
const keyPrefix = 'jewellery-cart:v2:'
const changeEvent = 'jewellery-cart-change'
const guest = 'guest'
const keyOf = (owner: string) => `${keyPrefix}${owner}`

// Whose cart this page shows: the signed-in account's, or the guest's. Unknown (null) until the
// page has asked the server who is looking (ViewerProvider): until then the cart reads as empty,
// so one person's cart never shows, even for a moment, to the next person on this browser.
let shownOwner: string | null = null
const currentOwner = () => shownOwner ?? guest

/** Sets whose cart this tab shows, once the server has said who is signed in. */
export const setCartOwner = (next: string) => {
  if (next === shownOwner) return
  shownOwner = next
  window.dispatchEvent(new Event(changeEvent))
}

// A cart saved before carts had owners could be anyone's on this browser: it is dropped, unread.
const dropOwnerlessCart = () => window.localStorage.removeItem('jewellery-cart:v1')

const isItem = (value: unknown): value is CartItem =>
  typeof value === 'object' &&
  value !== null &&
  ['number', 'string'].includes(typeof (value as CartItem).productId) &&
  typeof (value as CartItem).name === 'string'

const readCartOf = (owner: string): CartItem[] => {
  if (typeof window === 'undefined') return []
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(keyOf(owner)) || '[]')
    return Array.isArray(parsed) ? parsed.filter(isItem) : []
  } catch {
    return []
  }
}

/** The signed-in account's cart on this browser, or the guest's. */
export const readCart = (): CartItem[] => (shownOwner === null ? [] : readCartOf(shownOwner))

const writeCartOf = (owner: string, items: CartItem[]) => {
  if (items.length) window.localStorage.setItem(keyOf(owner), JSON.stringify(items))
  else window.localStorage.removeItem(keyOf(owner))
  window.dispatchEvent(new Event(changeEvent))
}

const writeCart = (items: CartItem[]) => writeCartOf(currentOwner(), items)

/**
 * Right after signing in (or registering) as `owner` in this tab: the guest's cart joins the
 * account's (a line already there adds its quantity) and leaves the guest's key.
 */
export const adoptGuestCart = (owner: string) => {
  dropOwnerlessCart()
  const guestItems = readCartOf(guest)
  if (!guestItems.length) return
  const items = readCartOf(owner)
  for (const line of guestItems) {
    const existing = items.find((item) => item.key === line.key)
    if (existing)
      existing.quantity = Math.min(maxQuantityPerItem, existing.quantity + line.quantity)
    else items.push(line)
  }
  writeCartOf(owner, items)
  writeCartOf(guest, [])
}

/**
 * On signing out: every account's cart leaves this browser, so the next person never sees one.
 * All of them, not just the shown one: sign-out may come before the page has learnt whose it is.
 */
export const forgetAccountCarts = () => {
  dropOwnerlessCart()
  const accountKeys = Object.keys(window.localStorage).filter(
    (key) => key.startsWith(keyPrefix) && key !== keyOf(guest),
  )
  for (const key of accountKeys) window.localStorage.removeItem(key)
  window.dispatchEvent(new Event(changeEvent))
}

/** Adds a piece; the same piece with the same size and notes just increases the quantity. */
export const addToCart = (item: Omit<CartItem, 'key' | 'quantity'>, quantity = 1) => {
  const key = `${item.productId}|${item.size}|${item.notes}`
  const items = readCart()
  const existing = items.find((line) => line.key === key)
  if (existing) existing.quantity = Math.min(maxQuantityPerItem, existing.quantity + quantity)
  else items.push({ ...item, key, quantity })
  writeCart(items)
}

export const updateQuantity = (key: string, quantity: number) =>
  writeCart(
    readCart().map((line) =>
      line.key === key
        ? { ...line, quantity: Math.max(1, Math.min(maxQuantityPerItem, quantity)) }
        : line,
    ),
  )

export const removeFromCart = (key: string) =>
  writeCart(readCart().filter((line) => line.key !== key))

export const clearCart = () => writeCart([])

/** Calls back whenever the cart changes, in this tab or another; returns the unsubscribe. */
export const subscribeToCart = (callback: () => void) => {
  const onStorage = (event: StorageEvent) => {
    if (event.key?.startsWith(keyPrefix)) callback()
  }
  window.addEventListener(changeEvent, callback)
  window.addEventListener('storage', onStorage)
  return () => {
    window.removeEventListener(changeEvent, callback)
    window.removeEventListener('storage', onStorage)
  }
}
