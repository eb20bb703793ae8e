import type { Endpoint, GraphQLExtension } from 'payload'
import { NotFound } from 'payload'

const notFound = () => Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })

/**
 * Routes: POST /api/<collection>/first-register, GET /api/<collection>/init — answered 404.
 * Payload gives every auth collection these two, to create its first account with access rules
 * off while it is empty: on customers, vendors and goldsmiths that let anyone make an approved
 * vendor or a karigar on a fresh install. Only staff (`users`) keep them, for the first admin.
 * Listed in a collection's `endpoints`, they come before Payload's own and so replace them.
 */
export const firstRegisterClosed: Endpoint[] = [
  { path: '/first-register', method: 'post', handler: notFound },
  { path: '/init', method: 'get', handler: notFound },
]

/**
 * Route: POST /api/<collection>/verify/:token — answered 404 where accounts are not verified by
 * email (staff and karigars always; customers and vendors unless REQUIRE_EMAIL_VERIFICATION is
 * set). Payload's own looks the token up in a column such a collection does not have: a 500.
 */
export const verifyClosed = (verifies: boolean): Endpoint[] =>
  verifies ? [] : [{ path: '/verify/:token', method: 'post', handler: notFound }]

/**
 * GraphQL's side of the same: `initialized<Kind>` tells anyone whether a collection is still
 * empty. For every auth collection but `users` it now answers Not Found, like the REST route.
 */
export const firstRegisterClosedQueries: GraphQLExtension = (graphQL, { Query }) =>
  Object.fromEntries(
    Object.keys(Query.fields)
      .filter((name) => name.startsWith('initialized') && name !== 'initializedUser')
      .map((name) => [
        name,
        {
          type: graphQL.GraphQLBoolean,
          resolve: () => {
            throw new NotFound()
          },
        },
      ]),
  )
