import type { CollectionBeforeChangeHook } from 'payload'

/** The very first staff account (admin panel's "create first user") must be able to manage the rest. */
export const grantAdminToFirstUser: CollectionBeforeChangeHook = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
