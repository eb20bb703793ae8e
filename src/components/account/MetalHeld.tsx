import type { GoldsmithLedger } from '@/operations/metalLedgerBalances'

const grams = (value: number) => `${value.toFixed(3)} g`

/**
 * The karigar's metal account with the workshop: what they hold of each purity they have been
 * issued, in alloy and in fine metal, as the metal ledger adds it up.
 */
export function MetalHeld({ ledger }: { ledger: GoldsmithLedger }) {
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full text-sm" data-testid="metal-held">
        <thead>
          <tr className="border-b border-ivory-300 text-left text-ink-soft">
            <th className="py-2 pr-4 font-normal">Purity</th>
            <th className="py-2 pr-4 text-right font-normal">Held</th>
            <th className="py-2 pr-4 text-right font-normal">Fine metal</th>
            <th className="py-2 text-right font-normal">Issued in all</th>
          </tr>
        </thead>
        <tbody>
          {ledger.purities.map((row) => (
            <tr key={row.purity} className="border-b border-ivory-300">
              <td className="py-2 pr-4">
                {row.purity} <span className="text-ink-soft">{row.metal}</span>
              </td>
              <td className="py-2 pr-4 text-right font-medium">{grams(row.balance)}</td>
              <td className="py-2 pr-4 text-right">{grams(row.fineBalance)}</td>
              <td className="py-2 text-right text-ink-soft">{grams(row.issued)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
