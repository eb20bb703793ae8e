import { tunnelTarget } from '@/lib/errorReportTunnel'

// An envelope holds one scrubbed error event: anything larger is not one of ours.
const maxEnvelopeBytes = 512 * 1024

/**
 * Route: POST /monitoring. The browser's error reports, forwarded to the Sentry ingest of
 * `SENTRY_DSN` (see lib/errorReportTunnel.ts); 404 when error tracking is off.
 */
export async function POST(request: Request) {
  const dsn = process.env.SENTRY_DSN
  if (!dsn) return new Response(null, { status: 404 })
  const envelope = Buffer.from(await request.arrayBuffer())
  if (envelope.length > maxEnvelopeBytes) return new Response(null, { status: 413 })
  const newline = envelope.indexOf(10)
  const target = tunnelTarget(
    dsn,
    envelope.subarray(0, newline < 0 ? undefined : newline).toString(),
  )
  if (!target) return new Response(null, { status: 400 })
  try {
    const res = await fetch(target, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-sentry-envelope' },
      body: envelope,
      signal: AbortSignal.timeout(10_000),
    })
    return new Response(null, { status: res.ok ? 200 : 502 })
  } catch {
    return new Response(null, { status: 502 })
  }
}
