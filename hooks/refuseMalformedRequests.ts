import type {
  CollectionBeforeOperationHook,
  FlattenedField,
  GlobalBeforeOperationHook,
  PayloadRequest,
  SanitizedConfig,
} from 'payload'
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

/** The field a `where` path ends at, through groups, arrays and tabs. */
const fieldAt = (fields: FlattenedField[], path: string): FlattenedField | null => {
  const [name, ...rest] = path.split('.')
  const field = fields.find((f) => f.name === name)
  if (!field || rest.length === 0) return field ?? null
  return 'flattenedFields' in field ? fieldAt(field.flattenedFields, rest.join('.')) : null
}

/**
 * Malformed ids never reach the database, which answers them with a 500 (SQLite binds `abc` as
 * NaN): a by-id request for an id no document can have is a 404, a `where` comparing an id field
 * (or a date or number field) with what it cannot hold a 400 naming the parameter. REST, GraphQL and the admin all run these operations.
 */
export const refuseMalformedIds: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  refuseMissingData(operation, args, req)
  if (collection.auth) refuseUntypedCredentials(args)
  if (operation === 'create' || operation === 'update') {
    const listed = objectInTextField(collection.flattenedFields, (args as { data?: unknown }).data)
    if (listed)
      throw new APIError(
        `${listed} takes text (or one of its options), not a list or an object`,
        400,
        { field: listed },
        true,
      )
  }
  const idType = req.payload.db.defaultIDType
  const { id, where } = args as { id?: unknown; where?: unknown }
  // Payload reads a URL's id with parseFloat (`1abc` is 1), so the id as sent is checked too.
  const sent = req.routeParams?.id
  if (
    (id !== undefined && id !== null && readDocumentId(id, idType) === null) ||
    (typeof sent === 'string' && readDocumentId(sent, idType) === null)
  )
    throw new NotFound(req.t)
  // The SQL adapters have no `all` but for fields holding many values (drizzle's operator map
  // leaves it out); elsewhere it fails as a 500.
  const answers = (path: string, operator: string) => {
    if (operator !== 'all' || req.payload.db.name === 'mongoose') return true
    const field = fieldAt(collection.flattenedFields, path)
    return Boolean(field && 'hasMany' in field && field.hasMany)
  }
  const malformed = malformedValueInWhere(
    where,
    (path) => kindAt(collection.flattenedFields, path),
    idType,
    answers,
  )
  if (malformed)
    throw new APIError(
      `${malformed} does not fit its field: check the operator and the value (an id, a date, a number, text or a list)`,
      400,
      { field: malformed },
      true,
    )
  return args
}

/** A create or update sent without a body (Payload fails on it with a 500). */
const refuseMissingData = (operation: string, args: unknown, req: PayloadRequest) => {
  // An upload may come as the file alone: its fields are then validated as missing, by name.
  if ((operation !== 'create' && operation !== 'update') || req.file) return
  const { data } = (args ?? {}) as { data?: unknown }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new APIError(
      'Send the fields to save as a JSON object in the request body.',
      400,
      { field: 'data' },
      true,
    )
}

/**
 * The first field of one text or one option (a name, instructions, a role, a status) sent a list
 * or an object, through groups: Payload's validation lets some through and the database then fails
 * on them with a 500.
 */
const objectInTextField = (fields: FlattenedField[], data: unknown, prefix = ''): string | null => {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null
  for (const field of fields) {
    const value = (data as Record<string, unknown>)[field.name]
    if (value === undefined || value === null) continue
    if (
      textTypes.includes(field.type) &&
      !('hasMany' in field && field.hasMany) &&
      typeof value === 'object'
    )
      return `${prefix}${field.name}`
    if (field.type === 'group') {
      const found = objectInTextField(field.flattenedFields, value, `${prefix}${field.name}.`)
      if (found) return found
    }
  }
  return null
}
const textTypes: string[] = ['text', 'textarea', 'email', 'select', 'code']

/**
 * An email or password that is not text (a number, a list, an object) on an account's sign-up,
 * change, sign-in, reset or unlock: Payload lower-cases the one and hashes the other, and fails on
 * anything else with a 500.
 */
const refuseUntypedCredentials = (args: unknown) => {
  const { data } = (args ?? {}) as { data?: Record<string, unknown> }
  if (!data || typeof data !== 'object') return
  for (const field of ['email', 'password'])
    if (data[field] !== undefined && data[field] !== null && typeof data[field] !== 'string')
      throw new APIError(`${field} must be text`, 400, { field }, true)
}

export const refuseMissingGlobalData: GlobalBeforeOperationHook = ({ args, operation, req }) => {
  refuseMissingData(operation, args, req)
  return args
}

/** Adds the checks to every collection (Payload's own too: preferences, locks, jobs…) and global. */
export const refuseMalformedRequestsEverywhere = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections)
    collection.hooks.beforeOperation = [
      refuseMalformedIds,
      ...(collection.hooks.beforeOperation ?? []),
    ]
  for (const global of config.globals)
    global.hooks.beforeOperation = [
      refuseMissingGlobalData,
      ...(global.hooks.beforeOperation ?? []),
    ]
  return config
}
