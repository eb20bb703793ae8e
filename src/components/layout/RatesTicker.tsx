'use client'

import { useEffect, useState } from 'react'

import type { RatesView } from '@/src/queries/catalogue'

const refreshMs = 5 * 60 * 1000

type Props = { initial: RatesView; timeZone: string }

/** Today's gold and silver rates per gram, refreshed every five minutes without a reload. */
export function RatesTicker({ initial, timeZone }: Props) {
  const [rates, setRates] = useState(initial)

  useEffect(() => {
    const refresh = async () => {
      try {
        const res = await fetch('/rates', { cache: 'no-store' })
        if (res.ok) setRates((await res.json()) as RatesView)
      } catch {
        // Offline for a moment: keep showing the last rates with their time.
      }
    }
    const timer = window.setInterval(refresh, refreshMs)
    const onVisible = () => document.visibilityState === 'visible' && refresh()
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      window.clearInterval(timer)
      document.removeEventListener('visibilitychange', onVisible)
    }
  }, [])

  const rupees = new Intl.NumberFormat('en-IN', {
    style: 'currency',
    currency: 'INR',
    maximumFractionDigits: 0,
  })
  // A fixed time zone keeps the server's and the browser's text identical (no hydration mismatch).
  const updated = rates.updatedAt
    ? new Intl.DateTimeFormat('en-IN', {
        day: 'numeric',
        month: 'short',
        hour: 'numeric',
        minute: '2-digit',
        timeZone,
      }).format(new Date(rates.updatedAt))
    : null

  if (rates.gold == null && rates.silver == null) return null
  return (
    <p
      className="flex items-center justify-center gap-x-3 text-[11px] tracking-wide sm:gap-x-5 sm:text-xs"
      data-testid="rates"
    >
      <span className="eyebrow hidden !text-gold-300 sm:inline">Today&rsquo;s rates</span>
      {rates.gold != null ? (
        <span>
          Gold 24K{' '}
          <strong className="font-semibold text-gold-300">{rupees.format(rates.gold)}</strong>/g
        </span>
      ) : null}
      {rates.silver != null ? (
        <span>
          Silver{' '}
          <strong className="font-semibold text-gold-300">{rupees.format(rates.silver)}</strong>/g
        </span>
      ) : null}
      {updated ? (
        <span className="text-ivory/70">
          <span className="hidden sm:inline">Updated </span>
          <time dateTime={rates.updatedAt ?? undefined}>{updated}</time>
        </span>
      ) : null}
    </p>
  )
}
