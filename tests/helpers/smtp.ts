import fs from 'fs'
import { inject } from 'vitest'

import type { ReceivedMail, SmtpFiles } from './smtpServer'
import { readMailbox, waitForMailIn } from './smtpServer'

export type { ReceivedMail } from './smtpServer'
export { parseMail, startSmtpServer } from './smtpServer'

declare module 'vitest' {
  export interface ProvidedContext {
    smtp: SmtpFiles
  }
}

/** Every message received so far. */
export const receivedMail = (): ReceivedMail[] => readMailbox(inject('smtp').mailbox)

/** Waits for the first message to `to` matching `match` (see waitForMailIn). */
export const waitForMail = (
  to: string,
  match?: (mail: ReceivedMail) => boolean,
  timeoutMs?: number,
): Promise<ReceivedMail> => waitForMailIn(inject('smtp').mailbox, to, match, timeoutMs)

/** Makes the SMTP server refuse (451) mail to these addresses until called again without them. */
export const rejectMailTo = (...addresses: string[]) => {
  const control = inject('smtp').control
  fs.writeFileSync(control, JSON.stringify({ reject: addresses.map((a) => a.toLowerCase()) }))
}
