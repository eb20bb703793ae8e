import type { CSSProperties } from 'react'
import { preload } from 'react-dom'

type Props = {
  src: string
  alt: string
  /** Fills its positioned parent, as `object-cover` or `object-contain` in `className` says. */
  fill?: boolean
  width?: number
  height?: number
  /** Above the fold: fetched first, at high priority, and never lazily. */
  priority?: boolean
  sizes?: string
  className?: string
  style?: CSSProperties
  'data-testid'?: string
}

/**
 * An image served as Payload stored it, in one of its pre-made sizes. next/image optimised nothing
 * here (every image was `unoptimized`: the sizes are made on upload) yet cost every page about
 * 6 KB of gzipped JavaScript; a plain `<img>` does the same work with none.
 */
export function Picture({ src, alt, fill, priority, className, style, ...size }: Props) {
  if (priority) preload(src, { as: 'image', fetchPriority: 'high' })
  return (
    // eslint-disable-next-line @next/next/no-img-element -- see above
    <img
      src={src}
      alt={alt}
      {...size}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
      className={fill ? `absolute inset-0 h-full w-full ${className ?? ''}` : className}
      style={style}
    />
  )
}
