import { createLocalReq } from 'payload'

import type { ContactMessage } from '@/lib/contactMessage'

import { inTransaction } from './inTransaction'
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
  return inTransaction(req, async () => {
    await notify(req, 'contact_message', { contact: message })
    return { ok: true } as const
  })
}
