'use client'

import { useEffect, useState } from 'react'

import type { RatesView } from '@/src/queries/catalogue'

const refreshMs = 5 * 60 * 1000

type Props = { initial: RatesView; timeZone: string }

/**
 * Today's rates per gram of the metals and purities the catalogue is made in, refreshed every five
 * minutes without a reload.
 */
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

  // Paisa only when a rate has them (₹7,085.50, ₹7,450), as the price explanations read it.
  const rupees = {
    format: (amount: number) =>
      new Intl.NumberFormat('en-IN', {
        style: 'currency',
        currency: 'INR',
        minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
        maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
      }).format(amount),
  }
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

  // Rates cached before the ticker listed purities have only gold and silver.
  const shown = rates.ticker ?? [
    ...(rates.gold != null ? [{ label: 'Gold 24K', perGram: rates.gold }] : []),
    ...(rates.silver != null ? [{ label: 'Silver', perGram: rates.silver }] : []),
  ]
  if (shown.length === 0) return null
  return (
    <div className="flex items-center justify-center gap-x-3 text-[11px] tracking-wide sm:gap-x-5 sm:text-xs">
      <span className="eyebrow hidden shrink-0 !text-gold-300 2xl:inline">Today&rsquo;s rates</span>
      {/* On a phone the rates scroll sideways rather than wrap the header; focusable, so the
          keyboard scrolls them too. */}
      <p
        className="flex min-w-0 gap-x-3 overflow-x-auto whitespace-nowrap sm:gap-x-5"
        data-testid="rates"
        tabIndex={0}
        aria-label="Today’s rates per gram"
      >
        {shown.map((rate) => (
          <span key={rate.label} data-testid="rate">
            {rate.label}{' '}
            <strong className="font-semibold text-gold-300">{rupees.format(rate.perGram)}</strong>
            /g
          </span>
        ))}
      </p>
      {updated ? (
        <span className="shrink-0 text-ivory/70">
          <span className="hidden sm:inline">Updated </span>
          <time dateTime={rates.updatedAt ?? undefined}>{updated}</time>
        </span>
      ) : null}
    </div>
  )
}
