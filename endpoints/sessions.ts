import type { DocumentId } from '@/lib/queryInput'
import type { Endpoint, PayloadRequest } from 'payload'

import type { PeopleCollection } from '@/lib/accounts'

type Session = { id: string; createdAt?: string | Date | null; expiresAt: string | Date }

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/** The live sessions of the signed-in account of this kind, or null for anyone else. */
const ownSessions = async (req: PayloadRequest, collection: PeopleCollection) => {
  if (req.user?.collection !== collection) return null
  const row = (await req.payload.db.findOne({
    collection,
    where: { id: { equals: req.user.id } },
    req,
  })) as { id: DocumentId; sessions?: Session[] | null } | null
  const now = Date.now()
  return row
    ? {
        id: row.id,
        sessions: (row.sessions ?? []).filter((s) => new Date(s.expiresAt).getTime() > now),
      }
    : null
}

/**
 * Routes on every kind of account: `GET /api/<collection>/sessions` lists where the account is
 * signed in (`current` marks this one); `DELETE /api/<collection>/sessions/:sid` signs one out.
 * Signing out everywhere is Payload's own `POST /api/<collection>/logout?allSessions=true`.
 */
export const sessionEndpoints = (collection: PeopleCollection): Endpoint[] => [
  {
    path: '/sessions',
    method: 'get',
    handler: async (req) => {
      const own = await ownSessions(req, collection)
      if (!own) return refuse(401, 'Please sign in.')
      const current = (req.user as { _sid?: string })._sid
      return Response.json({
        sessions: own.sessions.map(({ id, createdAt, expiresAt }) => ({
          id,
          createdAt,
          expiresAt,
          current: id === current,
        })),
      })
    },
  },
  {
    path: '/sessions/:sid',
    method: 'delete',
    handler: async (req) => {
      const own = await ownSessions(req, collection)
      if (!own) return refuse(401, 'Please sign in.')
      const sid = String(req.routeParams?.sid ?? '')
      const remaining = own.sessions.filter((s) => s.id !== sid)
      if (remaining.length === own.sessions.length)
        return refuse(404, 'That session has ended already.')
      await req.payload.db.updateOne({
        collection,
        id: own.id,
        data: { sessions: remaining },
        req,
        returning: false,
      })
      return Response.json({ revoked: sid })
    },
  },
]
