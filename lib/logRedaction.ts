/**
 * Log lines must not carry what a request wrote: a failed SQL statement's message lists its
 * parameters (prices, emails, password hashes), so that list is cut from messages and stacks.
 */
export const redactQueryParams = (text: string): string =>
  text.replace(/^(\s*params:).*$/gm, '$1 [redacted]')

type LoggedError = {
  type: string
  message: string
  stack?: string
  code?: unknown
  cause?: LoggedError
}

/** An error as a log line shows it: type, message, code and stack, parameters cut, causes kept. */
export const loggedError = (error: unknown, depth = 0): LoggedError | unknown => {
  if (!(error instanceof Error)) return error
  const { code, cause } = error as Error & { code?: unknown }
  return {
    type: error.name,
    message: redactQueryParams(error.message),
    ...(error.stack ? { stack: redactQueryParams(error.stack) } : {}),
    ...(code !== undefined ? { code } : {}),
    ...(cause && depth < 5 ? { cause: loggedError(cause, depth + 1) as LoggedError } : {}),
  }
}

/** Fields no log line may show, wherever they sit in a logged object (pino's `redact` paths). */
export const redactedLogPaths = [
  'password',
  '*.password',
  'token',
  '*.token',
  'authorization',
  'cookie',
  '*.authorization',
  '*.cookie',
  'headers.authorization',
  'headers.cookie',
  'req.headers.authorization',
  'req.headers.cookie',
]
