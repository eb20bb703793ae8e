/**
 * What an error report (Sentry) may carry: where and what broke, never who or how much. Applied as
 * Sentry's `beforeSend` on the server and in the browser. Pure, so it is tested alone.
 */

/** The parts of a Sentry event this touches (structural: lib/ imports no SDK). */
export type ErrorReport = {
  message?: string
  user?: { id?: unknown; [key: string]: unknown }
  request?: {
    url?: string
    method?: string
    headers?: Record<string, string>
    [key: string]: unknown
  }
  exception?: {
    values?: { value?: string; stacktrace?: { frames?: { vars?: unknown }[] } }[]
  }
  breadcrumbs?: { message?: string; data?: unknown }[] | { values?: unknown[] }
  extra?: Record<string, unknown>
  contexts?: Record<string, unknown>
  tags?: Record<string, unknown>
  [key: string]: unknown
}

// Request headers that say nothing about a person; all others (cookies, authorization, forwarded
// addresses, referers with tokens in them) are dropped.
const keptHeaders = new Set([
  'accept',
  'accept-language',
  'content-length',
  'content-type',
  'host',
  'user-agent',
  'x-request-id',
])

/** Keys whose value is personal, secret or a price, wherever they appear in structured data. */
const sensitiveKey =
  /pass(word)?|token|secret|auth|cookie|session|e-?mail|phone|mobile|name|address|pincode|gst|price|amount|total|wastage|making|rate|salt|hash|otp|ip_?address/i

const filtered = '[Filtered]'

// Free text: e-mail addresses, JWTs and other long tokens, phone numbers, amounts of money.
const textPatterns: [RegExp, string][] = [
  [/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[email]'],
  [/\b(JWT|Bearer|Basic)\s+[\w.~+/=-]+/gi, '$1 [token]'],
  [/\beyJ[\w-]+\.[\w-]+\.[\w-]+/g, '[token]'],
  [/\b[A-Fa-f0-9]{32,}\b/g, '[token]'],
  [/(₹|\bINR|\bRs\.?)\s?[\d,]+(\.\d+)?/gi, '[amount]'],
  [/(\+91[\s-]?)?\b[6-9]\d{4}[\s-]?\d{5}\b/g, '[phone]'],
]

/** Removes e-mails, tokens, phone numbers and money amounts from a piece of text. */
export const scrubText = (text: string): string =>
  textPatterns.reduce(
    (result, [pattern, replacement]) => result.replace(pattern, replacement),
    text,
  )

/** Structured data with sensitive keys filtered and every string scrubbed, to a bounded depth. */
export const scrubData = (value: unknown, depth = 0): unknown => {
  if (typeof value === 'string') return scrubText(value)
  if (!value || typeof value !== 'object') return value
  if (depth > 8) return filtered
  if (Array.isArray(value)) return value.map((item) => scrubData(item, depth + 1))
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      sensitiveKey.test(key) ? filtered : scrubData(item, depth + 1),
    ]),
  )
}

/** A URL without its query string or fragment (reset links carry tokens there). */
const pathOnly = (url: string) => url.replace(/[?#].*$/, '')

/**
 * The report with nothing personal or secret left: no user but an id, no cookies, body, query
 * string or identifying headers, no local variables, and names, e-mails, phones, addresses,
 * tokens and prices filtered out of messages, breadcrumbs and extra data.
 */
export const scrubErrorReport = <T extends object>(event: T): T => {
  const report = event as ErrorReport
  const clean: ErrorReport = { ...report }
  if (clean.message) clean.message = scrubText(clean.message)
  clean.user = report.user?.id !== undefined ? { id: report.user.id } : undefined
  if (report.request) {
    const { url, method, headers } = report.request
    clean.request = {
      method,
      url: url && pathOnly(url),
      headers: Object.fromEntries(
        Object.entries(headers ?? {}).filter(([name]) => keptHeaders.has(name.toLowerCase())),
      ),
    }
  }
  if (report.exception?.values)
    clean.exception = {
      ...report.exception,
      values: report.exception.values.map((value) => ({
        ...value,
        value: value.value && scrubText(value.value),
        stacktrace: value.stacktrace && {
          ...value.stacktrace,
          frames: value.stacktrace.frames?.map(({ vars: _vars, ...frame }) => frame),
        },
      })),
    }
  for (const key of ['breadcrumbs', 'extra', 'contexts', 'tags'] as const)
    if (report[key]) clean[key] = scrubData(report[key]) as never
  return clean as T
}

/**
 * What the Sentry SDK may collect in the first place (its `dataCollection` option): nothing about
 * the person or the request beyond its method and path. scrubErrorReport is the second line.
 */
export const errorReportCollection = {
  userInfo: false,
  cookies: false,
  httpHeaders: false,
  httpBodies: [],
  urlQueryParams: false,
  graphQL: { document: false, variables: false },
  genAI: { inputs: false, outputs: false },
}
