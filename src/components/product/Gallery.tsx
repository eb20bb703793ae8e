'use client'

import { Picture } from '@/src/components/Picture'
import { useCallback, useEffect, useRef, useState } from 'react'

import type { ImageView } from '@/src/queries/views'

import { CloseIcon } from '../layout/icons'

type Props = { images: ImageView[]; name: string }

const swipeThreshold = 40

/** Follows a horizontal swipe on touch screens and calls back with -1 (left) or +1 (right). */
const useSwipe = (onSwipe: (direction: -1 | 1) => void) => {
  const start = useRef<{ x: number; y: number } | null>(null)
  return {
    onTouchStart: (event: React.TouchEvent) => {
      const t = event.touches[0]
      start.current = { x: t.clientX, y: t.clientY }
    },
    onTouchEnd: (event: React.TouchEvent) => {
      const from = start.current
      start.current = null
      if (!from) return
      const t = event.changedTouches[0]
      const dx = t.clientX - from.x
      // Mostly-vertical moves are scrolling, not swiping.
      if (Math.abs(dx) > swipeThreshold && Math.abs(dx) > Math.abs(t.clientY - from.y))
        onSwipe(dx < 0 ? 1 : -1)
    },
  }
}

/**
 * The product's images: vertical thumbnails beside the main image (a row under it on a phone),
 * zoom that follows the pointer, a full-screen lightbox, and swipe on touch screens.
 */
export function Gallery({ images, name }: Props) {
  const [index, setIndex] = useState(0)
  const [zoom, setZoom] = useState<{ x: number; y: number } | null>(null)
  const [lightbox, setLightbox] = useState(false)
  const closeRef = useRef<HTMLButtonElement>(null)
  const openerRef = useRef<HTMLButtonElement>(null)
  const count = images.length
  const step = useCallback(
    (direction: -1 | 1) => setIndex((i) => (i + direction + count) % count),
    [count],
  )
  const swipe = useSwipe(step)

  useEffect(() => {
    if (!lightbox) return
    closeRef.current?.focus()
    const opener = openerRef.current
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setLightbox(false)
      if (event.key === 'ArrowRight') step(1)
      if (event.key === 'ArrowLeft') step(-1)
    }
    document.addEventListener('keydown', onKey)
    document.body.style.overflow = 'hidden'
    return () => {
      document.removeEventListener('keydown', onKey)
      document.body.style.overflow = ''
      opener?.focus()
    }
  }, [lightbox, step])

  if (count === 0) {
    return (
      <div className="flex aspect-square items-center justify-center bg-ivory-200 font-serif text-ink-soft">
        Photographs to follow
      </div>
    )
  }
  const current = images[index]

  return (
    <div className="flex flex-col-reverse gap-3 md:flex-row md:gap-4" data-testid="gallery">
      {count > 1 ? (
        <ul
          className="scrollbar-none flex gap-2 overflow-x-auto md:max-h-[36rem] md:w-20 md:flex-col md:overflow-y-auto"
          aria-label="Product images"
        >
          {images.map((image, i) => (
            <li key={image.large} className="shrink-0">
              <button
                type="button"
                onClick={() => setIndex(i)}
                aria-label={`Show image ${i + 1} of ${count}`}
                aria-current={i === index ? 'true' : undefined}
                className={`relative block size-16 overflow-hidden bg-ivory-200 md:size-20 ${i === index ? 'ring-2 ring-gold-700' : 'opacity-75 ring-1 ring-ivory-300 hover:opacity-100'}`}
              >
                <Picture src={image.thumb} alt="" fill sizes="80px" className="object-cover" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}

      <div className="relative flex-1">
        <button
          ref={openerRef}
          type="button"
          onClick={() => setLightbox(true)}
          onMouseMove={(event) => {
            const box = event.currentTarget.getBoundingClientRect()
            setZoom({
              x: ((event.clientX - box.left) / box.width) * 100,
              y: ((event.clientY - box.top) / box.height) * 100,
            })
          }}
          onMouseLeave={() => setZoom(null)}
          {...swipe}
          aria-label={`Open image ${index + 1} of ${count} full screen`}
          className="relative block aspect-square w-full cursor-zoom-in overflow-hidden bg-ivory-200"
          data-testid="gallery-main"
        >
          <Picture
            src={current.large}
            alt={current.alt || name}
            fill
            priority
            sizes="(min-width: 768px) 50vw, 100vw"
            className="object-cover transition-transform duration-200 ease-out"
            style={
              zoom ? { transform: 'scale(2)', transformOrigin: `${zoom.x}% ${zoom.y}%` } : undefined
            }
          />
        </button>
        {count > 1 ? (
          <p className="pointer-events-none absolute right-3 bottom-3 bg-ivory/90 px-2 py-1 text-xs tracking-widest md:hidden">
            {index + 1} / {count}
          </p>
        ) : null}
      </div>

      {lightbox ? (
        <div
          role="dialog"
          aria-modal="true"
          aria-label={`${name}: image ${index + 1} of ${count}`}
          className="fixed inset-0 z-[60] flex flex-col bg-ink/95 text-ivory"
          data-testid="lightbox"
        >
          <div className="flex items-center justify-between px-4 py-3">
            <p className="text-xs tracking-[0.2em] uppercase">
              {index + 1} / {count}
            </p>
            <button
              ref={closeRef}
              type="button"
              onClick={() => setLightbox(false)}
              aria-label="Close full screen view"
              className="inline-flex size-11 items-center justify-center hover:text-gold-300"
            >
              <CloseIcon />
            </button>
          </div>
          <div className="relative flex-1" {...swipe}>
            <Picture
              src={current.large}
              alt={current.alt || name}
              fill
              sizes="100vw"
              className="object-contain"
            />
          </div>
          {count > 1 ? (
            <div className="flex items-center justify-center gap-6 py-4">
              <button
                type="button"
                onClick={() => step(-1)}
                aria-label="Previous image"
                className="inline-flex size-11 items-center justify-center text-2xl hover:text-gold-300"
              >
                ←
              </button>
              <button
                type="button"
                onClick={() => step(1)}
                aria-label="Next image"
                className="inline-flex size-11 items-center justify-center text-2xl hover:text-gold-300"
              >
                →
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}
