import type { EmailAdapter } from 'payload'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'

/** Whether new customers and vendors must confirm their email before signing in. */
export const emailVerificationRequired = (): boolean =>
  process.env.REQUIRE_EMAIL_VERIFICATION === 'true'

/** SMTP through nodemailer when `SMTP_URL` is set; otherwise Payload logs mail to the console. */
export const emailAdapter = (): Promise<EmailAdapter> | undefined => {
  const url = process.env.SMTP_URL
  if (!url) return undefined
  return nodemailerAdapter({
    defaultFromAddress: process.env.SMTP_FROM_ADDRESS || 'orders@example.com',
    defaultFromName: process.env.SMTP_FROM_NAME || 'Jewellery Orders',
    transport: nodemailer.createTransport(url),
    // Verifying at boot would make an SMTP outage stop the whole app; sends are retried instead.
    skipVerify: true,
  })
}
