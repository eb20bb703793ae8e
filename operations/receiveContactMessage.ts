import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { ContactMessage } from '@/lib/contactMessage'

import { notify } from './notify'
import type { Asker, ThrottleResult } from './throttle'
import { countClientAttempt } from './throttle'

/**
 * A message from the storefront's contact form. Counted against its client's contact limit (shared
 * by every instance, keyed on the real client address), then raised in the admin to every staff
 * member and emailed to the shop's contact address from site settings, all or nothing.
 */
export const receiveContactMessage = async (
  asker: Asker,
  message: ContactMessage,
): Promise<ThrottleResult> => {
  const throttle = await countClientAttempt(asker, 'contact')
  if (!throttle.ok) return throttle
  const req = await createLocalReq({}, asker.payload)
  const shouldCommit = await initTransaction(req)
  try {
    await notify(req, 'contact_message', { contact: message })
    if (shouldCommit) await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  return { ok: true }
}
