'use client'

/** One line of the cart. Only public product details: the cart never holds a price. */
export type CartItem = {
  key: string
  productId: number
  slug: string
  name: string
  sku: string
  image: string | null
  description: string
  size: string
  notes: string
  quantity: number
}

const storageKey = 'jewellery-cart:v1'
const changeEvent = 'jewellery-cart-change'

const isItem = (value: unknown): value is CartItem =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as CartItem).productId === 'number' &&
  typeof (value as CartItem).name === 'string'

export const readCart = (): CartItem[] => {
  if (typeof window === 'undefined') return []
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(storageKey) || '[]')
    return Array.isArray(parsed) ? parsed.filter(isItem) : []
  } catch {
    return []
  }
}

const writeCart = (items: CartItem[]) => {
  window.localStorage.setItem(storageKey, JSON.stringify(items))
  window.dispatchEvent(new Event(changeEvent))
}

/** Adds a piece; the same piece with the same size and notes just increases the quantity. */
export const addToCart = (item: Omit<CartItem, 'key' | 'quantity'>, quantity = 1) => {
  const key = `${item.productId}|${item.size}|${item.notes}`
  const items = readCart()
  const existing = items.find((line) => line.key === key)
  if (existing) existing.quantity = Math.min(99, existing.quantity + quantity)
  else items.push({ ...item, key, quantity })
  writeCart(items)
}

export const updateQuantity = (key: string, quantity: number) =>
  writeCart(
    readCart().map((line) =>
      line.key === key ? { ...line, quantity: Math.max(1, Math.min(99, quantity)) } : line,
    ),
  )

export const removeFromCart = (key: string) =>
  writeCart(readCart().filter((line) => line.key !== key))

export const clearCart = () => writeCart([])

/** Calls back whenever the cart changes, in this tab or another; returns the unsubscribe. */
export const subscribeToCart = (callback: () => void) => {
  const onStorage = (event: StorageEvent) => {
    if (event.key === storageKey) callback()
  }
  window.addEventListener(changeEvent, callback)
  window.addEventListener('storage', onStorage)
  return () => {
    window.removeEventListener(changeEvent, callback)
    window.removeEventListener('storage', onStorage)
  }
}
