import type { Access, Where } from 'payload'

/** Grants when any check grants; the row filters of checks that return a `Where` are OR-ed. */
export const or =
  (...checks: Access[]): Access =>
  async (args) => {
    const filters: Where[] = []
    for (const check of checks) {
      const result = await check(args)
      if (result === true) return true
      if (result) filters.push(result)
    }
    if (filters.length === 0) return false
    return filters.length === 1 ? filters[0] : { or: filters }
  }

/** Grants only when every check grants; their row filters are AND-ed. */
export const and =
  (...checks: Access[]): Access =>
  async (args) => {
    const filters: Where[] = []
    for (const check of checks) {
      const result = await check(args)
      if (!result) return false
      if (result !== true) filters.push(result)
    }
    if (filters.length === 0) return true
    return filters.length === 1 ? filters[0] : { and: filters }
  }
