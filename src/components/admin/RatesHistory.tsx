import type { UIFieldServerProps } from 'payload'

import { rateFields } from '@/lib/metal'
import { defaultTimeZone } from '@/lib/orderId'

import { formatDateTime } from '../format'

/** How many earlier rates the form lists; the Versions tab has them all. */
const shown = 10

const perGram = new Intl.NumberFormat('en-IN', {
  style: 'currency',
  currency: 'INR',
  maximumFractionDigits: 2,
})

const cell = { padding: '6px 16px 6px 0', textAlign: 'left', whiteSpace: 'nowrap' } as const
// The day and time may wrap: on a phone the table then scrolls less.
const whenCell = { ...cell, whiteSpace: 'normal', minWidth: 96 } as const

/** ▲ / ▼ and the difference from the rate before, or nothing when it did not move. */
const Move = ({ now, before }: { now?: number | null; before?: number | null }) => {
  if (now == null || before == null || now === before) return null
  const up = now > before
  return (
    <span style={{ color: `var(--theme-${up ? 'success' : 'error'}-600)`, marginLeft: 6 }}>
      {up ? '▲' : '▼'} {perGram.format(Math.abs(now - before))}
    </span>
  )
}

/**
 * Under the rates form: the last rates set, newest first, each with its day and time (the business's
 * time zone), what moved, and who set it when the reader may see that colleague. Read with the
 * reader's own access: staff may read the history (`readVersions`), only admins set rates.
 */
export async function RatesHistory({ payload, req }: UIFieldServerProps) {
  const [{ docs }, settings] = await Promise.all([
    payload.findGlobalVersions({
      slug: 'rates',
      sort: '-updatedAt',
      limit: shown + 1,
      depth: 1,
      overrideAccess: false,
      user: req.user,
      req,
    }),
    payload.findGlobal({ slug: 'site-settings', depth: 0, req }),
  ])
  const timeZone = settings.timeZone || defaultTimeZone
  const rows = docs.slice(0, shown)
  // A column for each metal and purity with a rate in any row shown: 24K gold and 999 silver, and
  // the others once the shop sets them.
  const columns = rateFields.filter(({ field }) => rows.some((row) => row.version[field] != null))
  return (
    <section data-testid="rates-history" style={{ marginTop: 32 }}>
      <h3 style={{ marginBottom: 8 }}>Rate history</h3>
      {rows.length === 0 ? (
        <p style={{ color: 'var(--theme-elevation-500)' }}>No rates have been set yet.</p>
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <table style={{ borderCollapse: 'collapse', fontSize: 14 }}>
            <thead>
              <tr style={{ color: 'var(--theme-elevation-500)' }}>
                <th style={whenCell}>Set on</th>
                {columns.map(({ field, label }) => (
                  <th key={field} style={cell}>
                    {label} / g
                  </th>
                ))}
                <th style={cell}>By</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((entry, i) => {
                const before = docs[i + 1]?.version
                const setter = entry.version.updatedBy
                return (
                  <tr
                    key={entry.id}
                    data-testid="rates-history-row"
                    style={{ borderTop: '1px solid var(--theme-elevation-100)' }}
                  >
                    <td style={whenCell}>{formatDateTime(entry.updatedAt, timeZone)}</td>
                    {columns.map(({ field }) => {
                      const rate = entry.version[field]
                      return (
                        <td key={field} style={cell}>
                          {rate == null ? '—' : perGram.format(rate)}
                          <Move now={rate} before={before?.[field]} />
                        </td>
                      )
                    })}
                    <td style={cell}>{typeof setter === 'object' && setter ? setter.name : '—'}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
