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

import { malformedPath, malformedQueryParam } from '@/lib/queryInput'

type Handler = ReturnType<typeof REST_GET>

/** `?where=garbage`, `?depth=abc` or a NUL in a file name would be a 500 inside Payload; a 400 here. */
const readableParams =
  (handler: Handler): Handler =>
  (request, context) => {
    const url = new URL(request.url)
    const param = malformedPath(url.pathname) ? 'path' : malformedQueryParam(url.searchParams)
    if (!param) return handler(request, context)
    return Promise.resolve(
      Response.json(
        {
          errors: [
            {
              message:
                param === 'path'
                  ? 'The address holds characters no document or file name can have'
                  : `${param} is not readable: where and data take JSON or brackets; depth, limit and page whole numbers`,
              field: param,
            },
          ],
        },
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
