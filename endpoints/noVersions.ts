import type { CollectionConfig, Endpoint } from 'payload'

import { refuse } from './responses'

/**
 * Routes: GET /api/<collection>/versions, GET|POST /api/<collection>/versions/:id — a clear 404
 * for a collection that keeps no versions. Payload 3.90 answers them with a 500 (its findVersions
 * reads the versions table that does not exist), for anyone allowed to read the collection.
 */
const noVersions = (what: string): Endpoint[] =>
  (
    [
      ['get', '/versions'],
      ['get', '/versions/:id'],
      ['post', '/versions/:id'],
    ] as const
  ).map(([method, path]) => ({
    method,
    path,
    handler: () => refuse(404, `${what} keeps no versions`),
  }))

/** A collection that keeps no versions answers its version routes with that 404, not a 500. */
export const withoutVersionRoutes = (collection: CollectionConfig): CollectionConfig =>
  collection.versions
    ? collection
    : {
        ...collection,
        endpoints: [
          ...(collection.endpoints || []),
          ...noVersions(`The ${collection.slug} collection`),
        ],
      }
