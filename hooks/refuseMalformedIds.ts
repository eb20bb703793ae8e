import type { CollectionBeforeOperationHook, FlattenedField, SanitizedConfig } from 'payload'
import { APIError, NotFound } from 'payload'

import type { QueriedKind } from '@/lib/queryInput'
import { malformedValueInWhere, readDocumentId } from '@/lib/queryInput'

/** What a `where` path holds, when it is an id (`id`, a relationship, an upload), a date or a number. */
const kindAt = (fields: FlattenedField[], path: string): QueriedKind | null => {
  const [name, ...rest] = path.split('.')
  if (['id', 'createdAt', 'updatedAt'].includes(name) && rest.length === 0)
    return name === 'id' ? 'id' : 'date'
  const field = fields.find((f) => f.name === name)
  if (!field) return null
  if (field.type === 'relationship' || field.type === 'upload')
    // A polymorphic one is queried as `field.value`; `field.relationTo` holds a slug.
    return rest.length === 0 || (rest.length === 1 && rest[0] === 'value') ? 'id' : null
  if (rest.length === 0)
    return field.type === 'date' ? 'date' : field.type === 'number' ? 'number' : null
  return 'flattenedFields' in field ? kindAt(field.flattenedFields, rest.join('.')) : null
}

/**
 * Malformed ids never reach the database, which answers them with a 500 (SQLite binds `abc` as
 * NaN): a by-id request for an id no document can have is a 404, a `where` comparing an id field
 * (or a date or number field) with what it cannot hold a 400 naming the parameter. REST, GraphQL and the admin all run these operations.
 */
export const refuseMalformedIds: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const idType = req.payload.db.defaultIDType
  const { id, where } = args as { id?: unknown; where?: unknown }
  if (id !== undefined && id !== null && readDocumentId(id, idType) === null)
    throw new NotFound(req.t)
  const malformed = malformedValueInWhere(
    where,
    (path) => kindAt(collection.flattenedFields, path),
    idType,
  )
  if (malformed)
    throw new APIError(
      `${malformed} does not fit the field (an id, a date or a number)`,
      400,
      { field: malformed },
      true,
    )
  return args
}

/** Adds the check to every collection, Payload's own (preferences, locks, jobs…) included. */
export const refuseMalformedIdsEverywhere = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections)
    collection.hooks.beforeOperation = [
      refuseMalformedIds,
      ...(collection.hooks.beforeOperation ?? []),
    ]
  return config
}
