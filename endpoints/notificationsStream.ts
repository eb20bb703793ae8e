import type { Endpoint } from 'payload'

import type { NotificationState } from '@/lib/notifications'
import { notificationStream } from '@/lib/notifications'
import { sseComment, sseEvent, sseRetry } from '@/lib/serverSentEvents'
import { notificationState } from '@/operations/notificationFeed'

import { signInFirst } from './notificationsRead'

const { event, pollMs, heartbeatMs, lifetimeMs, retryMs } = notificationStream

/**
 * Route: GET /api/notifications/stream — server-sent events for the signed-in person: a
 * `notifications` event `{ unread, latest }` at once and whenever either changes. Each stream reads
 * the database every few seconds rather than listening to this process, so any instance can serve
 * anyone; it ends after a few minutes (EventSource reconnects, with the cookie checked afresh) and
 * as soon as the client goes away.
 */
export const stream: Endpoint = {
  path: '/stream',
  method: 'get',
  handler: async (req) => {
    const { payload, user } = req
    if (!user) return signInFirst()
    // Read once before answering, so a refusal (a karigar's temporary password) is a plain 403.
    let last: NotificationState = await notificationState(payload, user)
    const signal = req.signal
    const encoder = new TextEncoder()
    let stop = () => {}

    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        let closed = false
        let lastSent = Date.now()
        const send = (text: string) => {
          if (closed) return
          lastSent = Date.now()
          controller.enqueue(encoder.encode(text))
        }
        const poll = async () => {
          try {
            const now = await notificationState(payload, user)
            if (now.unread !== last.unread || now.latest !== last.latest) {
              last = now
              send(sseEvent(event, now))
            } else if (Date.now() - lastSent >= heartbeatMs) {
              send(sseComment('ping'))
            }
          } catch {
            // A failed read (database busy, account gone): end; the browser reconnects or polls.
            stop()
          }
        }
        const timer = setInterval(() => void poll(), pollMs)
        const deadline = setTimeout(() => stop(), lifetimeMs)
        stop = () => {
          if (closed) return
          closed = true
          clearInterval(timer)
          clearTimeout(deadline)
          signal?.removeEventListener('abort', stop)
          try {
            controller.close()
          } catch {
            // already closed by the client going away
          }
        }
        signal?.addEventListener('abort', stop)
        // A comment first, so the headers and first bytes leave at once through any buffer.
        send(sseComment('open') + sseRetry(retryMs) + sseEvent(event, last))
      },
      cancel() {
        stop()
      },
    })

    return new Response(body, {
      headers: {
        'Content-Type': 'text/event-stream; charset=utf-8',
        // no-transform: Next's (or a proxy's) compression would hold events back to fill a block.
        'Cache-Control': 'no-store, no-transform',
        'X-Accel-Buffering': 'no',
      },
    })
  },
}
