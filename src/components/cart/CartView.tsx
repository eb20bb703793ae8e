'use client'

import { Picture } from '@/src/components/Picture'
import Link from 'next/link'

import { maxQuantityPerItem } from '@/lib/orderLines'
import { quotedAmounts } from '@/lib/pricing'
import type { GstRates } from '@/lib/ratePricing'
import type { AddressBook } from '@/src/queries/viewer'

import { LineAmount, OrderAmounts } from '../orders/OrderAmounts'
import { PriceBook, useTradePrices } from '../product/PriceBook'
import { CheckoutForm } from './CheckoutForm'
import { clearCart, removeFromCart, updateQuantity } from './cartStore'
import { useCart } from './useCart'

/**
 * Whether this visitor may order (signed in, and if so why not, when they may not), the GST rates
 * new orders are charged per component, and the buyer's saved addresses.
 */
type Props = {
  signedIn: boolean
  refusal: string | null
  gstRates: GstRates
  book: AddressBook | null
}

/**
 * The cart's lines from this browser's storage, with quantity, removal and the order form. Those
 * who may see prices (approved vendors, staff) get each line's amount, the subtotal, GST and
 * total, asked of the products API by the PriceBook; nobody else's browser ever receives one.
 */
export function CartView(props: Props) {
  const items = useCart()
  const ids = [...new Set(items.map((item) => String(item.productId)))]
  return (
    <PriceBook productIds={ids}>
      <CartContents {...props} items={items} />
    </PriceBook>
  )
}

function CartContents({
  items,
  signedIn,
  refusal,
  gstRates,
  book,
}: Props & { items: ReturnType<typeof useCart> }) {
  const prices = useTradePrices()
  const pieces = items.reduce((sum, item) => sum + item.quantity, 0)
  const priceOf = (productId: string | number) => prices.get(String(productId))?.price ?? null
  // Amounts only when every line has its price: a partial total would mislead.
  const amounts =
    items.length && items.every((item) => priceOf(item.productId) !== null)
      ? quotedAmounts(
          items.map((item) => {
            const pricing = prices.get(String(item.productId))!
            return { piece: { ...pricing, price: pricing.price! }, quantity: item.quantity }
          }),
          gstRates,
        )
      : null

  if (items.length === 0) {
    return (
      <div className="py-16 text-center" data-testid="cart-empty">
        <p className="font-serif text-2xl">Your cart is empty</p>
        <p className="mt-3 text-ink-soft">
          Add a piece from the collection, with its size and any notes for our karigars.
        </p>
        <Link href="/products" className="btn-primary mt-8">
          Browse the collection
        </Link>
      </div>
    )
  }

  return (
    <div className="grid gap-12 lg:grid-cols-[1fr_22rem]">
      <ul className="border-t border-ivory-300" data-testid="cart-items">
        {items.map((item) => (
          <li key={item.key} className="flex gap-4 border-b border-ivory-300 py-5 sm:gap-6">
            <Link
              href={`/products/${item.slug}`}
              className="relative size-24 shrink-0 overflow-hidden bg-ivory-200 sm:size-28"
              tabIndex={-1}
              aria-hidden
            >
              {item.image ? (
                <Picture src={item.image} alt="" fill sizes="112px" className="object-cover" />
              ) : null}
            </Link>
            <div className="flex min-w-0 flex-1 flex-col">
              <Link
                href={`/products/${item.slug}`}
                className="font-serif text-xl leading-snug hover:text-gold-700"
              >
                {item.name}
              </Link>
              <p className="mt-0.5 text-sm text-ink-soft">{item.description}</p>
              <p className="mt-0.5 text-xs tracking-wider text-ink-soft">SKU {item.sku}</p>
              {item.size ? <p className="mt-2 text-sm">{item.size}</p> : null}
              {item.notes ? (
                <p className="mt-1 text-sm text-ink-soft italic">&ldquo;{item.notes}&rdquo;</p>
              ) : null}
              <div className="mt-3 flex items-center gap-4">
                <label className="flex items-center gap-2 text-xs tracking-[0.14em] text-ink-soft uppercase">
                  Qty
                  <input
                    type="number"
                    min={1}
                    max={maxQuantityPerItem}
                    value={item.quantity}
                    onChange={(event) => updateQuantity(item.key, Number(event.target.value) || 1)}
                    className="h-10 w-16 border border-line bg-white px-2 text-sm text-ink"
                  />
                </label>
                <button
                  type="button"
                  onClick={() => removeFromCart(item.key)}
                  className="text-xs tracking-[0.14em] text-ruby uppercase hover:underline"
                >
                  Remove
                </button>
              </div>
              {priceOf(item.productId) !== null ? (
                <LineAmount
                  unitPrice={priceOf(item.productId)!}
                  quantity={item.quantity}
                  testId="cart-line-price"
                />
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      <aside className="h-fit border border-ivory-300 bg-white/70 p-6 lg:sticky lg:top-28">
        <p className="eyebrow">Summary</p>
        <p className="mt-3 font-serif text-2xl">
          {pieces} {pieces === 1 ? 'piece' : 'pieces'}
        </p>
        {amounts ? (
          <>
            <OrderAmounts amounts={amounts} testIdPrefix="cart" className="mt-4" />
            <p className="mt-3 text-sm leading-relaxed text-ink-soft">
              Today&rsquo;s trade prices; placing the order fixes them.
            </p>
          </>
        ) : (
          <p className="mt-3 text-sm leading-relaxed text-ink-soft">
            Each piece is made to order and priced on the rate of its metal (gold, silver or
            platinum) on the day we accept it. We confirm the amount before work begins.
          </p>
        )}
        {signedIn && refusal ? (
          <p
            className="mt-6 border-l-2 border-gold-500 pl-3 text-sm text-ink-soft"
            data-testid="checkout-refusal"
          >
            {refusal}
          </p>
        ) : signedIn ? (
          <CheckoutForm items={items} amounts={amounts} book={book} />
        ) : (
          <Link href="/login?next=/cart" className="btn-primary mt-6 w-full">
            Sign in to place order
          </Link>
        )}
        <button
          type="button"
          onClick={clearCart}
          className="mt-4 w-full text-xs tracking-[0.14em] text-ink-soft uppercase hover:text-ruby"
        >
          Empty cart
        </button>
      </aside>
    </div>
  )
}
