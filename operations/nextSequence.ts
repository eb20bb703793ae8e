import type { PayloadRequest } from 'payload'

const isUniqueViolation = (error: unknown): boolean =>
  /unique|duplicate|E11000|constraint/i.test(String((error as Error)?.message ?? error)) ||
  (error as { name?: string })?.name === 'ValidationError'

/**
 * Advances the named counter by one and returns the new value: 1, 2, 3, … never handed out twice,
 * under any concurrency, on every adapter. Each step is one atomic statement (`UPDATE … SET value =
 * value + 1 RETURNING` on SQL, `findOneAndUpdate` on MongoDB); the first use of a name races to
 * insert the row, and the loser of that race simply increments.
 *
 * Where it runs is the one adapter-specific choice: on SQLite, inside the caller's transaction,
 * because SQLite has a single writer and a write from outside would wait on our own lock; on
 * PostgreSQL and MongoDB, outside it, so the counter's row lock lasts one statement rather than a
 * whole order placement (a rolled-back caller leaves a gap, never a duplicate).
 */
export const nextSequence = async (req: PayloadRequest, name: string): Promise<number> => {
  const { payload } = req
  const scope = payload.db.name === 'sqlite' ? { req } : {}
  for (let attempt = 0; attempt < 5; attempt++) {
    const updated = (await payload.db
      .updateOne({
        collection: 'counters',
        where: { name: { equals: name } },
        data: { value: { $inc: 1 } },
        options: { atomic: true },
        returning: true,
        ...scope,
      })
      .catch((error: unknown) => {
        if ((error as { status?: number })?.status === 404) return null
        throw error
      })) as { value?: number } | null
    if (updated?.value) return updated.value
    try {
      await payload.db.create({ collection: 'counters', data: { name, value: 1 }, ...scope })
      return 1
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
    }
  }
  throw new Error(`Could not advance counter "${name}"`)
}
