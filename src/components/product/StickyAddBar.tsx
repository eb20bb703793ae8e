'use client'

import Link from 'next/link'
import type { RefObject } from 'react'
import { useEffect, useState } from 'react'

type Props = {
  /** The piece's own add-to-cart form, which holds this bar and whose choices it submits. */
  form: RefObject<HTMLFormElement | null>
  name: string
  /** What is chosen so far (size, quantity), or what is still to choose. */
  detail: string
  added: boolean
  disabled: boolean
}

/**
 * On a phone, "Add to cart" within reach after the buyer has scrolled past the piece's own form to
 * read on: a bar fixed at the bottom of the screen. It submits that same form, so the size, notes
 * and quantity chosen there go with it (a missing size sends the buyer back to the size field), and
 * it steps aside where the footer begins, so the end of the page is never under it.
 */
export function StickyAddBar({ form, name, detail, added, disabled }: Props) {
  const [formAbove, setFormAbove] = useState(false)
  const [footerReached, setFooterReached] = useState(false)

  useEffect(() => {
    const target = form.current
    const footer = document.querySelector('footer')
    if (!target) return
    // Each watch stretches the viewport far to one side, so "intersecting" means "not yet past it"
    // (or "reached"): a jump from below the viewport to above it still changes the answer.
    const far = '100000px'
    const formWatch = new IntersectionObserver(([entry]) => setFormAbove(!entry.isIntersecting), {
      rootMargin: `0px 0px ${far} 0px`,
    })
    const footerWatch = new IntersectionObserver(
      ([entry]) => setFooterReached(entry.isIntersecting),
      { rootMargin: `${far} 0px 0px 0px` },
    )
    formWatch.observe(target)
    if (footer) footerWatch.observe(footer)
    return () => {
      formWatch.disconnect()
      footerWatch.disconnect()
    }
  }, [form])

  if (!formAbove || footerReached) return null
  return (
    <div
      className="fixed inset-x-0 bottom-0 z-30 border-t border-ivory-300 bg-ivory/95 px-4 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] shadow-[0_-8px_24px_-12px_rgb(31_26_20/0.25)] backdrop-blur md:hidden"
      data-testid="sticky-add-to-cart"
    >
      <div className="flex items-center gap-3">
        <div className="min-w-0 flex-1">
          <p className="truncate font-serif text-lg leading-tight">{name}</p>
          <p className="truncate text-xs text-ink-soft">
            {added ? (
              <>
                Added.{' '}
                <Link href="/cart" className="text-gold-700 underline underline-offset-4">
                  View cart
                </Link>
              </>
            ) : (
              detail
            )}
          </p>
        </div>
        <button type="submit" disabled={disabled} className="btn-primary shrink-0">
          Add to cart
        </button>
      </div>
    </div>
  )
}
