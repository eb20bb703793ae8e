import type { PayloadRequest } from 'payload'

import { businessDayKey, defaultTimeZone, formatOrderId } from '@/lib/orderId'

import { nextSequence } from './nextSequence'
import { siteSettingsOf } from './siteSettings'

/**
 * The next order ID (`DDMMYY` + daily sequence) for the business's day in its time zone: one
 * atomic counter per day, so IDs never collide and each day starts again at 01.
 */
export const issueOrderId = async (req: PayloadRequest, now = new Date()): Promise<string> => {
  const settings = await siteSettingsOf(req)
  const dayKey = businessDayKey(now, settings.timeZone || defaultTimeZone)
  return formatOrderId(dayKey, await nextSequence(req, `order:${dayKey}`))
}
