/** Where Payload mounts its admin (payload.config.ts keeps the default). */
export const adminRoute = '/admin'

type Operator = 'equals' | 'not_equals' | 'in' | 'less_than' | 'greater_than' | 'exists'

/** One condition of an admin list filter: field, operator, value. */
export type ListCondition = [field: string, operator: Operator, value: string | number | boolean]

/**
 * The admin list of a collection filtered as Payload's own filter bar writes it
 * (`?where[and][0][status][equals]=accepted`), so the list shows and can edit the filter.
 */
export const adminListHref = (collection: string, conditions: ListCondition[] = []): string => {
  const params = conditions.map(
    ([field, operator, value], i) =>
      `${encodeURIComponent(`where[and][${i}][${field}][${operator}]`)}=${encodeURIComponent(String(value))}`,
  )
  const base = `${adminRoute}/collections/${collection}`
  return params.length ? `${base}?${params.join('&')}` : base
}

/** A document's edit screen in the admin. */
export const adminDocHref = (collection: string, id: string | number): string =>
  `${adminRoute}/collections/${collection}/${encodeURIComponent(String(id))}`
