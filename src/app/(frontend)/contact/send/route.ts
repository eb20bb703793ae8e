import { NextResponse } from 'next/server'

import { payloadClient } from '@/src/queries/payload'

import { contactSchema } from './contactSchema'
import { createRateLimiter } from './rateLimit'

const limiter = createRateLimiter({ limit: 5, windowMs: 10 * 60 * 1000 })

const clientIp = (request: Request) =>
  request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ||
  request.headers.get('x-real-ip') ||
  'unknown'

/**
 * Route: POST /contact/send. Validates a contact message and raises it for staff. Until the
 * notifications collection exists it is only logged (payload.logger), not stored.
 */
export async function POST(request: Request) {
  const limit = limiter(clientIp(request))
  if (!limit.allowed) {
    const minutes = Math.ceil(limit.retryAfterSeconds / 60)
    return NextResponse.json(
      {
        message: `You have sent several messages in a short time. Please wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again, or call us.`,
      },
      { status: 429, headers: { 'Retry-After': String(limit.retryAfterSeconds) } },
    )
  }
  const body = await request.json().catch(() => null)
  const parsed = contactSchema.safeParse(body)
  if (!parsed.success) {
    const errors: Record<string, string> = {}
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message
    return NextResponse.json(
      { message: 'Please correct the highlighted fields.', errors },
      { status: 400 },
    )
  }
  const { website, ...message } = parsed.data
  if (!website) {
    const payload = await payloadClient()
    payload.logger.info({ contact: message }, 'Storefront contact message for staff')
  }
  return NextResponse.json({ ok: true })
}
