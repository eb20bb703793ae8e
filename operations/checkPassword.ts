import type { Payload } from 'payload'

import type { StorefrontCollection } from '@/lib/accounts'

type Session = { id: string }

/** The session id a Payload sign-in token carries (its `sid` claim); the token is our own. */
const sessionOf = (token: string | undefined): string | undefined => {
  try {
    const claims = JSON.parse(Buffer.from(String(token).split('.')[1], 'base64url').toString())
    return typeof claims.sid === 'string' ? claims.sid : undefined
  } catch {
    return undefined
  }
}

/**
 * Whether `password` is the password of the `collection` account with this email, checked by
 * Payload's own sign-in (its hash format and its beforeLogin hooks, so a disabled account never
 * matches). The session that sign-in opens is closed again at once: the check signs nobody in.
 * The caller counts the attempt against the sign-in throttles first; this does not.
 */
export const passwordMatches = async (
  payload: Payload,
  collection: StorefrontCollection,
  email: string,
  password: string,
): Promise<boolean> => {
  let signedIn: Awaited<ReturnType<Payload['login']>>
  try {
    signedIn = await payload.login({ collection, data: { email, password } })
  } catch {
    return false
  }
  const sid = sessionOf(signedIn.token)
  const id = signedIn.user?.id
  if (sid && id != null) {
    const row = (await payload.db.findOne({ collection, where: { id: { equals: id } } })) as {
      sessions?: Session[] | null
    } | null
    await payload.db.updateOne({
      collection,
      id,
      data: { sessions: (row?.sessions ?? []).filter((s) => s.id !== sid) },
      returning: false,
    })
  }
  return true
}
