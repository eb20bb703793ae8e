import type { Access } from 'payload'

/**
 * A goldsmith's own metal ledger entries.
 * @returns a `Where` on `goldsmith` for a goldsmith, `false` for anyone else
 */
export const isLedgerHolder: Access = ({ req: { user } }) =>
  user?.collection === 'goldsmiths' ? { goldsmith: { equals: user.id } } : false
