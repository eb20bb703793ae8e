import type { Payload } from 'payload'

const isUniqueViolation = (error: unknown): boolean =>
  /unique|duplicate|E11000|constraint/i.test(String((error as Error)?.message ?? error)) ||
  (error as { name?: string })?.name === 'ValidationError'

/**
 * Advances the named counter by one and returns the new value: 1, 2, 3, … never repeated, under any
 * concurrency, on every adapter. It is one atomic `UPDATE … SET value = value + 1 RETURNING` on SQL
 * (`findOneAndUpdate` on MongoDB); the first use of a name races to insert the row, and the loser
 * of that race simply increments. Runs outside the caller's transaction on purpose: a number is
 * never handed out twice even when the caller rolls back (a gap is harmless, a duplicate is not),
 * and the row lock is held for one statement rather than a whole order placement.
 */
export const nextSequence = async (payload: Payload, name: string): Promise<number> => {
  for (let attempt = 0; attempt < 5; attempt++) {
    const updated = (await payload.db
      .updateOne({
        collection: 'counters',
        where: { name: { equals: name } },
        data: { value: { $inc: 1 } },
        options: { atomic: true },
        returning: true,
      })
      .catch((error: unknown) => {
        if ((error as { status?: number })?.status === 404) return null
        throw error
      })) as { value?: number } | null
    if (updated?.value) return updated.value
    try {
      await payload.db.create({ collection: 'counters', data: { name, value: 1 } })
      return 1
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
    }
  }
  throw new Error(`Could not advance counter "${name}"`)
}
