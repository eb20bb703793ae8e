import type { Payload, PayloadRequest } from 'payload'

import { goldsmithBalances } from '@/lib/metalLedger'
import { idOf, type DocumentId } from '@/lib/queryInput'

import { movementOf } from './metalLedger'

export type GoldsmithLedger = {
  goldsmith: { id: DocumentId; name: string | null }
  entries: number
} & ReturnType<typeof goldsmithBalances>

/**
 * Each goldsmith's metal account (lib/metalLedger.ts, goldsmithBalances), read as `user`: the
 * collection's access gives staff every goldsmith and a goldsmith only their own. `goldsmith`
 * narrows it to one. In the order of their names.
 */
export const metalLedgerBalances = async (
  payload: Payload,
  user: PayloadRequest['user'],
  goldsmith?: DocumentId | null,
): Promise<GoldsmithLedger[]> => {
  const { docs } = await payload.find({
    collection: 'metal-ledger',
    ...(goldsmith != null ? { where: { goldsmith: { equals: goldsmith } } } : {}),
    select: { goldsmith: true, kind: true, purity: true, weight: true },
    sort: 'id',
    pagination: false,
    depth: 0,
    user,
    overrideAccess: false,
  })
  const byGoldsmith = new Map<string, typeof docs>()
  for (const doc of docs) {
    const key = String(idOf(doc.goldsmith))
    byGoldsmith.set(key, [...(byGoldsmith.get(key) ?? []), doc])
  }
  const { docs: people } = await payload.find({
    collection: 'goldsmiths',
    where: { id: { in: [...byGoldsmith.keys()] } },
    select: { name: true },
    pagination: false,
    depth: 0,
    user,
    overrideAccess: false,
  })
  const ledgers = [...byGoldsmith.entries()].map(([id, entries]) => {
    const person = people.find((p) => String(p.id) === id)
    return {
      goldsmith: { id: person?.id ?? id, name: person?.name ?? null },
      entries: entries.length,
      ...goldsmithBalances(entries.map(movementOf)),
    }
  })
  return ledgers.sort((a, b) =>
    (a.goldsmith.name ?? '').localeCompare(b.goldsmith.name ?? '', 'en-IN'),
  )
}
