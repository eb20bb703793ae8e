/**
 * Where the browser's error reports go on: the storefront's Content-Security-Policy lets pages talk
 * only to their own origin, so the browser SDK posts each envelope to /monitoring and the server
 * forwards it to the ingest of the configured DSN, and nowhere else.
 *
 * @returns the ingest URL, or null when the envelope names another DSN (not an open relay)
 */
export const tunnelTarget = (configuredDsn: string, envelopeHeader: string): string | null => {
  let dsn: URL
  let header: { dsn?: string }
  try {
    dsn = new URL(configuredDsn)
    header = JSON.parse(envelopeHeader)
  } catch {
    return null
  }
  if (!header.dsn || header.dsn !== configuredDsn) return null
  const project = dsn.pathname.split('/').filter(Boolean).pop()
  if (!project) return null
  const prefix = dsn.pathname.slice(0, dsn.pathname.lastIndexOf('/'))
  return `${dsn.protocol}//${dsn.host}${prefix}/api/${project}/envelope/`
}
