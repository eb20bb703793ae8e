import type { PayloadRequest } from 'payload'
import { addDataAndFileToRequest } from 'payload'
import type { z } from 'zod'

import { retryAfterSeconds, throttledMessage } from '@/lib/throttles'
import type { EditRefusal } from '@/operations/editOrder'
import { inTransaction } from '@/operations/inTransaction'
import type { ReadyDateRefusal } from '@/operations/moveReadyDate'
import type { TransitionRefusal } from '@/operations/transitionOrder'

/**
 * A refusal in Payload's error shape. A field at fault is named as our other endpoints name it
 * (`field`) and as Payload's validation errors do (`data.errors[].path`), so forms that read
 * either find it.
 */
export const refuse = (status: number, message: string, field?: string, headers?: HeadersInit) =>
  Response.json(
    {
      errors: [
        { message, ...(field ? { field, data: { errors: [{ path: field, message }] } } : {}) },
      ],
    },
    { status, headers },
  )

/** A 400 naming every field at fault (`items.0.quantity`), the first one's message on top. */
export const refuseFields = (problems: { path: string; message: string }[]) =>
  Response.json(
    {
      errors: [
        { message: problems[0].message, field: problems[0].path, data: { errors: problems } },
      ],
    },
    { status: 400 },
  )

/** 429 with `Retry-After`, as the throttled sign-in hooks answer. */
export const tooManyAttempts = (msBeforeNext: number) =>
  refuse(429, throttledMessage(msBeforeNext), undefined, {
    'Retry-After': String(retryAfterSeconds(msBeforeNext)),
  })

/** The request's JSON body checked against `schema`, or a 400 naming the first field at fault. */
export const parseBody = async <T extends z.ZodTypeAny>(
  req: PayloadRequest,
  schema: T,
): Promise<{ ok: true; data: z.infer<T> } | { ok: false; refusal: Response }> => {
  await addDataAndFileToRequest(req)
  const parsed = schema.safeParse(req.data ?? {})
  if (parsed.success) return { ok: true, data: parsed.data }
  const [issue] = parsed.error.issues
  return { ok: false, refusal: refuse(400, issue.message, issue.path.join('.') || 'body') }
}

/**
 * Each refusal of a change to an order (a move, a buyer's edit, a new ready date) as HTTP: 409
 * when the order's state stands in the way, 400 when the request is at fault.
 */
export const orderRefusalStatus: Record<
  TransitionRefusal | EditRefusal | ReadyDateRefusal,
  number
> = {
  not_signed_in: 401,
  not_found: 404,
  forbidden: 403,
  unknown_action: 400,
  missing_field: 400,
  invalid_note: 400,
  invalid_field: 400,
  invalid_goldsmith: 400,
  invalid: 400,
  invalid_state: 409,
  changed_meanwhile: 409,
  metal_not_received: 409,
  metal_variance: 409,
  huid_taken: 409,
  invoice_details_missing: 409,
}

type OrderRefusal = {
  ok: false
  refusal: keyof typeof orderRefusalStatus
  message: string
  field?: string
}

/**
 * A change to the order named by the route (`/:id/...`), all or nothing in one transaction: its
 * refusal as HTTP, or `answer` of its result.
 */
export const changeOrderOfRoute = async <T extends { ok: true } | OrderRefusal>(
  req: PayloadRequest,
  change: (id: string) => Promise<T>,
  answer: (result: Extract<T, { ok: true }>) => Response,
) => {
  const id = String(req.routeParams?.id ?? '')
  const result = await inTransaction(req, () => change(id))
  if (!result.ok) {
    const refused = result as OrderRefusal
    return refuse(orderRefusalStatus[refused.refusal], refused.message, refused.field)
  }
  return answer(result as Extract<T, { ok: true }>)
}
