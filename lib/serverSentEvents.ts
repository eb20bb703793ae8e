/** One server-sent event: a named event whose data is JSON on one line. */
export const sseEvent = (event: string, data: unknown): string =>
  `event: ${event.replace(/[\r\n]/g, '')}\ndata: ${JSON.stringify(data)}\n\n`

/** A comment line: ignored by EventSource, it keeps the connection and the proxies awake. */
export const sseComment = (text: string): string => `: ${text.replace(/[\r\n]/g, ' ')}\n\n`

/** Tells EventSource how long to wait before reconnecting once the stream ends. */
export const sseRetry = (ms: number): string => `retry: ${Math.max(0, Math.round(ms))}\n\n`
