/** What clients send to name documents and filter lists, checked before it reaches a query. */

/** A document id as the database keeps them: integers on SQLite/PostgreSQL, text on MongoDB. */
export type DocumentId = number | string

/**
 * An id as payload-types.ts spells it. The types are generated for SQL's number ids, MongoDB's are
 * text; this is the one place that admits it, so no other code casts an id to `number`.
 */
export const asGeneratedId = (id: DocumentId) => id as number

/** The id of a relationship's value, populated (`{ id, … }`) or not. */
export const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

/**
 * An id from a URL or a request body, checked before it reaches a query: a positive integer for
 * `number` ids, a 24-character hex ObjectId for `text` ids (MongoDB).
 * @returns null when it cannot name a document, so the caller answers 404/400 instead of a 500
 */
export const readDocumentId = (raw: unknown, idType: 'number' | 'text'): DocumentId | null => {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : ''
  if (idType === 'text') return /^[0-9a-f]{24}$/i.test(text) ? text : null
  if (!/^\d{1,15}$/.test(text)) return null
  const id = Number(text)
  return id > 0 && Number.isSafeInteger(id) ? id : null
}

/** What a `where` path holds, for the paths whose values can be checked before the query. */
export type QueriedKind = 'id' | 'date' | 'number'

const listOperators = ['in', 'not_in', 'all']
const checkedOperators = [
  'equals',
  'not_equals',
  ...listOperators,
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
]

const geometryOperators = ['near', 'within', 'intersects']
const textOperators = ['like', 'not_like']

/** A list or object where a value (or a list of values) belongs. */
const isNested = (value: unknown) =>
  typeof value === 'object' && value !== null && !(value instanceof Date)

const fits = (kind: QueriedKind, value: unknown, idType: 'number' | 'text'): boolean => {
  if (value === null || value === undefined) return true
  if (kind === 'id') return readDocumentId(value, idType) !== null
  const text = String(value).trim()
  if (kind === 'number') return text !== '' && Number.isFinite(Number(text))
  if (value instanceof Date) return !Number.isNaN(value.getTime())
  return typeof value !== 'object' && !Number.isNaN(Date.parse(text))
}

/**
 * The first `where` parameter (as `where[path][operator]`) that compares an id, date or number
 * field with something it can never hold, any field with a nested list or object (what `where[a][in][0][1]=x`
 * parses to), a list where one value belongs, `like` with anything but text, or a location
 * operator (`near`); null when the query is well formed. `kindOf` says
 * what a path holds; lists may come from a URL as `1,2`.
 */
export const malformedValueInWhere = (
  where: unknown,
  kindOf: (path: string) => QueriedKind | null,
  idType: 'number' | 'text',
  // Whether the database can answer `operator` on `path` at all (SQL has no `all` on one value).
  answers: (path: string, operator: string) => boolean = () => true,
): string | null => {
  if (where === undefined || where === null) return null
  if (typeof where !== 'object' || Array.isArray(where)) return 'where'
  for (const [key, condition] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      if (!condition || typeof condition !== 'object') return `where[${key}]`
      for (const nested of Array.isArray(condition) ? condition : Object.values(condition ?? {})) {
        const found = malformedValueInWhere(nested, kindOf, idType, answers)
        if (found) return found
      }
      continue
    }
    // `{ "name": null }` in a JSON `where`: Payload reads its operators and fails on null.
    if (condition === null) return `where[${key}]`
    if (typeof condition !== 'object') continue
    for (const [operator, value] of Object.entries(condition))
      if (
        // No field here holds a location, and SQLite has no such operators: a 500, not a filter.
        geometryOperators.includes(operator) ||
        // A list or object where one value belongs (`where[slug][greater_than][0]=x`) is bound as
        // a list, and `like` splits its text into words.
        [value].flat().some(isNested) ||
        (Array.isArray(value) && !listOperators.includes(operator)) ||
        (textOperators.includes(operator) && value !== null && typeof value !== 'string') ||
        !answers(key, operator)
      )
        return `where[${key}][${operator}]`
    const kind = kindOf(key)
    if (!kind) continue
    for (const operator of checkedOperators) {
      if (!(operator in condition)) continue
      if (kind === 'id' && operator.includes('than')) continue
      const value = (condition as Record<string, unknown>)[operator]
      const values =
        typeof value === 'string' && listOperators.includes(operator)
          ? value.split(',')
          : Array.isArray(value)
            ? value
            : [value]
      if (!values.every((v) => fits(kind, v, idType))) return `where[${key}][${operator}]`
    }
  }
  return null
}

/**
 * The first query parameter Payload would fail on with a 500 rather than refuse: `where` or `data`
 * given whole (not in brackets) that is not JSON, or `depth`, `limit`, `page` that are not one
 * whole number (Payload passes `depth=abc` on as text). Null when they are all readable.
 */
export const malformedQueryParam = (params: URLSearchParams): string | null => {
  return malformedJsonParam(params) ?? malformedNumberParam(params)
}

/**
 * True when a multipart form's `_payload` (the document's fields as JSON text, beside its file)
 * cannot be read: Payload parses it without a guard, and fails with a 500.
 */
export const unreadableFormPayload = (value: unknown): boolean => {
  if (typeof value !== 'string') return false
  try {
    JSON.parse(value)
    return false
  } catch {
    return true
  }
}

/** A path no document or file can have: undecodable, or holding a NUL (file names reach the disk). */
export const malformedPath = (pathname: string): boolean => {
  try {
    return decodeURIComponent(pathname).includes('\u0000')
  } catch {
    return true
  }
}

const malformedJsonParam = (params: URLSearchParams): string | null => {
  for (const name of ['where', 'data']) {
    const value = params.get(name)
    if (!value) continue
    try {
      JSON.parse(value)
    } catch {
      return name
    }
  }
  return null
}

const malformedNumberParam = (params: URLSearchParams): string | null => {
  for (const name of ['depth', 'limit', 'page']) {
    const values = params.getAll(name)
    // Given twice (`limit=1&limit=2`), it reaches the query as a list.
    if (values.length > 1 || (values.length === 1 && !/^\d{1,9}$/.test(values[0]))) return name
  }
  return null
}

/**
 * A whole number from 1 to `max` in a query parameter: the fallback when absent, null when it is
 * anything else (the caller answers 400 naming the parameter).
 */
export const readWholeNumber = (
  raw: string | null | undefined,
  fallback: number,
  max: number,
): number | null => {
  if (raw === null || raw === undefined || raw === '') return fallback
  if (!/^\d{1,9}$/.test(raw)) return null
  const value = Number(raw)
  return value >= 1 && value <= max ? value : null
}
