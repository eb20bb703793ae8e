const huidCharacters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'

/** A made-up hallmark unique ID: six random letters and digits, unique enough for a test run. */
export const randomHuid = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => huidCharacters[b % 36]).join('')

/**
 * One fresh HUID per piece of every line: what dispatching the fixture's gold pieces needs
 * (`huids` of `POST /api/orders/:id/transition`).
 */
export const huidsFor = (order: { items: { id?: string | null; quantity: number }[] }) =>
  order.items.map((item) => ({
    item: String(item.id),
    huids: Array.from({ length: item.quantity }, randomHuid),
  }))
