/* Payload's GraphQL route (the template's shape), behind the REST routes' check of our own. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { readableRequest } from '../readableRequest'

export const POST = readableRequest(GRAPHQL_POST(config))

export const OPTIONS = REST_OPTIONS(config)
