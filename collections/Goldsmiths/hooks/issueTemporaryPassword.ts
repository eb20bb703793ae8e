import { randomBytes } from 'crypto'
import type { CollectionAfterOperationHook, CollectionBeforeOperationHook } from 'payload'

import { isStaffUser } from '@/access/roles'
import { temporaryPassword } from '@/lib/password'

const contextKey = 'generatedTemporaryPassword'

/**
 * When an admin creates a goldsmith without typing a password, makes a strong one. It is hashed like
 * any other and kept in plain text only on this request's context, to be shown once.
 */
export const generateTemporaryPassword: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' || !isStaffUser(req.user)) return args
  const data = (args.data ?? {}) as Record<string, unknown>
  if (typeof data.password === 'string' && data.password !== '') return args
  const password = temporaryPassword(randomBytes(16))
  req.context[contextKey] = password
  return { ...args, data: { ...data, password } }
}

/** Returns the generated password in the response to that one create request, and nowhere else. */
export const revealTemporaryPassword: CollectionAfterOperationHook = ({
  operation,
  req,
  result,
}) => {
  const password = req.context[contextKey]
  if (operation !== 'create' || typeof password !== 'string') return result
  delete req.context[contextKey]
  return { ...(result as object), temporaryPassword: password } as typeof result
}
