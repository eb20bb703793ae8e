import type { ServerProps } from 'payload'

import { metalLedgerBalances } from '@/operations/metalLedgerBalances'

import { adminViewer } from '../adminContext'

const cell = { padding: '6px 12px', textAlign: 'right', whiteSpace: 'nowrap' } as const
const nameCell = {
  ...cell,
  textAlign: 'left',
  whiteSpace: 'normal',
  minWidth: 150,
  fontWeight: 600,
} as const
const muted = { color: 'var(--theme-elevation-500)' } as const
const g = (grams: number) => `${grams.toFixed(3)} g`

/**
 * Above the metal ledger's list: each goldsmith's account by purity (issued, returned, written
 * off, held) and the fine metal they hold, as GET /api/metal-ledger/balances gives it. Read as the
 * signed-in person, so it shows what their access to the ledger allows and nothing otherwise.
 */
export async function GoldsmithBalances({ payload }: ServerProps) {
  if (!payload) return null
  const user = await adminViewer(payload)
  const ledgers = await metalLedgerBalances(payload, user).catch(() => null)
  if (!ledgers?.length) return null
  return (
    <section data-testid="goldsmith-balances" style={{ marginBottom: 24 }}>
      <h2 style={{ margin: '0 0 4px' }}>Metal with goldsmiths</h2>
      <p style={{ ...muted, margin: '0 0 8px' }}>
        Grams of alloy by purity; fine metal is the alloy held × its fineness.
      </p>
      <div style={{ overflowX: 'auto' }}>
        <table style={{ borderCollapse: 'collapse', fontSize: 14 }}>
          <thead>
            <tr style={{ ...muted, borderBottom: '1px solid var(--theme-elevation-150)' }}>
              <th style={{ ...cell, textAlign: 'left' }}>Goldsmith</th>
              <th style={{ ...cell, textAlign: 'left' }}>Purity</th>
              {/* What is held first: on a phone the rest scrolls into view. */}
              <th style={cell}>Held</th>
              <th style={cell}>Held, fine</th>
              <th style={cell}>Issued</th>
              <th style={cell}>Returned</th>
              <th style={cell}>Written off</th>
            </tr>
          </thead>
          <tbody>
            {ledgers.flatMap(({ goldsmith, purities, fine }) =>
              purities.map((row, i) => (
                <tr
                  key={`${goldsmith.id}-${row.purity}`}
                  data-testid="goldsmith-balance"
                  style={{ borderTop: i === 0 ? '1px solid var(--theme-elevation-100)' : 'none' }}
                >
                  <td style={nameCell}>
                    {i === 0 ? (
                      <>
                        <a href={`?where[goldsmith][equals]=${goldsmith.id}`}>
                          {goldsmith.name ?? `Goldsmith ${goldsmith.id}`}
                        </a>
                        <div style={{ ...muted, fontWeight: 400 }}>
                          Fine held:{' '}
                          {Object.entries(fine)
                            .map(([metal, grams]) => `${metal} ${g(grams ?? 0)}`)
                            .join(' · ')}
                        </div>
                      </>
                    ) : null}
                  </td>
                  <td style={{ ...cell, textAlign: 'left' }}>{row.purity}</td>
                  <td style={{ ...cell, fontWeight: row.balance ? 600 : 400 }}>{g(row.balance)}</td>
                  <td style={cell}>
                    {g(row.fineBalance)} <span style={muted}>{row.metal}</span>
                  </td>
                  <td style={cell}>{g(row.issued)}</td>
                  <td style={cell}>{g(row.returned)}</td>
                  <td style={cell}>{g(row.writtenOff)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </section>
  )
}
