'use client'

import Link from 'next/link'
import { useEffect } from 'react'

/** Shown when a storefront page fails; offers a retry instead of a blank screen. */
export default function StorefrontError({
  error,
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <div className="mx-auto max-w-xl px-5 py-20 text-center sm:py-28">
      <p className="eyebrow">Something went wrong</p>
      <h1 className="mt-4 font-serif text-5xl">We dropped a stitch</h1>
      <div className="gold-rule mx-auto my-8 w-40" />
      <p className="text-ink-soft">
        This page could not be shown just now. Please try again in a moment.
        {error.digest ? (
          <span className="mt-2 block text-xs">Reference: {error.digest}</span>
        ) : null}
      </p>
      <div className="mt-10 flex flex-wrap justify-center gap-3">
        <button type="button" onClick={reset} className="btn-primary">
          Try again
        </button>
        <Link href="/" className="btn-outline">
          Home
        </Link>
      </div>
    </div>
  )
}
