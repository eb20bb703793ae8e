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

import { readableRequest } from '../readableRequest'

export const GET = readableRequest(REST_GET(config))
export const POST = readableRequest(REST_POST(config))
export const DELETE = readableRequest(REST_DELETE(config))
export const PATCH = readableRequest(REST_PATCH(config))
export const PUT = readableRequest(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
