import { headers } from 'next/headers'
import { NextResponse } from 'next/server'

import { contactSchema } from '@/lib/contactMessage'
import { retryAfterSeconds } from '@/lib/throttles'
import { receiveContactMessage } from '@/operations/receiveContactMessage'
import { payloadClient } from '@/src/queries/payload'

/**
 * Route: POST /contact/send. Validates a contact message and hands it to staff (in the admin and
 * by email); 429 with Retry-After once a client has sent its share.
 */
export async function POST(request: Request) {
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
  // A bot filled in the field people never see: thank it and drop the message.
  if (website) return NextResponse.json({ ok: true })
  const result = await receiveContactMessage(
    { payload: await payloadClient(), headers: await headers() },
    message,
  )
  if (!result.ok) {
    const seconds = retryAfterSeconds(result.msBeforeNext)
    const minutes = Math.ceil(seconds / 60)
    return NextResponse.json(
      {
        message: `You have sent several messages in a short time. Please wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again, or call us.`,
      },
      { status: 429, headers: { 'Retry-After': String(seconds) } },
    )
  }
  return NextResponse.json({ ok: true })
}
