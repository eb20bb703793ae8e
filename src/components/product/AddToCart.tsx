'use client'

import Link from 'next/link'
import { useId, useRef, useState } from 'react'

import { maxQuantityPerItem } from '@/lib/orderLines'
import { neverPlacesOrders } from '@/lib/orderPlacement'
import type { DocumentId } from '@/lib/queryInput'

import { addToCart } from '../cart/cartStore'
import { useViewer } from '../viewer/ViewerProvider'
import { StickyAddBar } from './StickyAddBar'

type Props = {
  product: {
    id: DocumentId
    slug: string
    name: string
    sku: string
    image: string | null
    description: string
  }
  /** Sizes offered for this kind of piece; null when it has no size. */
  sizes: readonly string[] | null
}

/**
 * Size, notes and quantity, then into the cart (kept in this browser until the order is placed),
 * with a bar that keeps the button within reach on a phone. None for a goldsmith, who never orders;
 * it waits to know who is looking, so a piece lands in that person's own cart and not the guest's.
 */
export function AddToCart({ product, sizes }: Props) {
  const { viewer, known } = useViewer()
  const id = useId()
  const [size, setSize] = useState('')
  const [notes, setNotes] = useState('')
  const [quantity, setQuantity] = useState(1)
  const [added, setAdded] = useState(false)
  const [error, setError] = useState('')
  const form = useRef<HTMLFormElement>(null)
  const sizeField = useRef<HTMLSelectElement>(null)

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    if (sizes && !size) {
      setError('Choose a size')
      // Also when the phone's bar submitted this form from far below the field.
      sizeField.current?.scrollIntoView({ block: 'center', behavior: 'smooth' })
      sizeField.current?.focus({ preventScroll: true })
      return
    }
    addToCart(
      {
        productId: product.id,
        slug: product.slug,
        name: product.name,
        sku: product.sku,
        image: product.image,
        description: product.description,
        size,
        notes: notes.trim().slice(0, 500),
      },
      quantity,
    )
    setError('')
    setAdded(true)
  }

  if (neverPlacesOrders(viewer)) return null
  const chosen = [
    sizes ? (size ? `Size ${size}` : 'Size not chosen yet') : null,
    `Qty ${quantity}`,
    notes.trim() ? 'with your note' : null,
  ]
  return (
    <form ref={form} onSubmit={submit} className="space-y-5" data-testid="add-to-cart">
      {sizes ? (
        <div>
          <div className="flex items-baseline justify-between">
            <label htmlFor={`${id}-size`} className="label">
              Size
            </label>
            <Link href="/size-guide" className="text-sm text-gold-700 underline underline-offset-4">
              Size guide
            </Link>
          </div>
          <select
            ref={sizeField}
            id={`${id}-size`}
            value={size}
            onChange={(event) => {
              setSize(event.target.value)
              setError('')
            }}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? `${id}-error` : undefined}
            className="field"
          >
            <option value="">Choose a size</option>
            {sizes.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
          {error ? (
            <p id={`${id}-error`} className="mt-1 text-sm text-ruby" role="alert">
              {error}
            </p>
          ) : null}
        </div>
      ) : null}
      <div>
        <label htmlFor={`${id}-notes`} className="label">
          Notes for the karigar <span className="normal-case tracking-normal">(optional)</span>
        </label>
        <textarea
          id={`${id}-notes`}
          value={notes}
          onChange={(event) => setNotes(event.target.value)}
          maxLength={500}
          rows={2}
          placeholder="Engraving, finish, stone colour…"
          className="field"
        />
      </div>
      <div className="flex items-end gap-3">
        <div className="w-24">
          <label htmlFor={`${id}-qty`} className="label">
            Qty
          </label>
          <input
            id={`${id}-qty`}
            type="number"
            min={1}
            max={maxQuantityPerItem}
            value={quantity}
            onChange={(event) =>
              setQuantity(
                Math.max(1, Math.min(maxQuantityPerItem, Number(event.target.value) || 1)),
              )
            }
            className="field"
          />
        </div>
        <button type="submit" className="btn-primary flex-1" disabled={!known}>
          Add to cart
        </button>
      </div>
      <p aria-live="polite" className="min-h-6 text-sm">
        {added ? (
          <span data-testid="added-message">
            Added to your cart.{' '}
            <Link href="/cart" className="text-gold-700 underline underline-offset-4">
              View cart
            </Link>
          </span>
        ) : null}
      </p>
      <StickyAddBar
        form={form}
        name={product.name}
        detail={chosen.filter(Boolean).join(' · ')}
        added={added}
        disabled={!known}
      />
    </form>
  )
}
