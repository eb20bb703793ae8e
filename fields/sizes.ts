import type { TextField } from 'payload'

/** A list of sizes, in the order buyers see them (ring sizes, bangle sizes, lengths). */
export const sizesField = (description: string): TextField => ({
  name: 'sizes',
  type: 'text',
  hasMany: true,
  maxRows: 40,
  admin: { description },
})
