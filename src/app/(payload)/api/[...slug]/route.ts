/* Payload's REST routes (the template's shape), behind one check of our own. */
import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { unparseableJsonParam } from '@/lib/queryInput'

type Handler = ReturnType<typeof REST_GET>

/** `?where=garbage` would be a 500 inside Payload; it is the client's mistake, so a 400. */
const readableParams =
  (handler: Handler): Handler =>
  (request, context) => {
    const param = unparseableJsonParam(new URL(request.url).searchParams)
    if (!param) return handler(request, context)
    return Promise.resolve(
      Response.json(
        { errors: [{ message: `${param} must be JSON or written in brackets`, field: param }] },
        { status: 400 },
      ),
    )
  }

export const GET = readableParams(REST_GET(config))
export const POST = readableParams(REST_POST(config))
export const DELETE = readableParams(REST_DELETE(config))
export const PATCH = readableParams(REST_PATCH(config))
export const PUT = readableParams(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
