import type { Endpoint } from 'payload'
import { z } from 'zod'

import { storefrontCollections } from '@/lib/accounts'
import { maxPasswordLength } from '@/lib/password'
import { otherAccountKind } from '@/operations/accountKind'

import { parseBody, tooManyAttempts } from './responses'

const bodySchema = z.object({
  email: z.string().trim().min(1, 'Enter your email').max(320),
  password: z
    .string()
    .min(1, 'Enter your password')
    .max(maxPasswordLength * 4),
  tried: z.enum(storefrontCollections),
})

/**
 * Route: POST /api/account-kind — `{ email, password, tried }` after a failed sign-in as `tried`:
 * `{ kind }`, the other storefront kind whose account these credentials open, or `null`. The kind
 * is told only for the right password; each try is throttled like a sign-in. Signs nobody in.
 */
export const accountKind: Endpoint = {
  path: '/account-kind',
  method: 'post',
  handler: async (req) => {
    const parsed = await parseBody(req, bodySchema)
    if (!parsed.ok) return parsed.refusal
    const result = await otherAccountKind(req, parsed.data)
    if (!result.ok) return tooManyAttempts(result.msBeforeNext)
    return Response.json({ kind: result.kind }, { headers: { 'Cache-Control': 'no-store' } })
  },
}
