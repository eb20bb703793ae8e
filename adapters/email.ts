import type { EmailAdapter } from 'payload'
import nodemailer from 'nodemailer'

/** Whether new customers and vendors must confirm their email before signing in. */
export const emailVerificationRequired = (): boolean =>
  process.env.REQUIRE_EMAIL_VERIFICATION === 'true'

/**
 * SMTP through nodemailer when `SMTP_URL` is set; otherwise Payload logs mail to the console.
 * Payload's own nodemailer adapter is not published for Payload 3.90.2, and this is all of it we
 * use: a transport that is not verified at boot (an SMTP outage must not stop the app; sends are
 * retried by the email job instead).
 */
export const emailAdapter = (): EmailAdapter | undefined => {
  const url = process.env.SMTP_URL
  if (!url) return undefined
  const defaultFromAddress = process.env.SMTP_FROM_ADDRESS || 'orders@example.com'
  const defaultFromName = process.env.SMTP_FROM_NAME || 'Jewellery Orders'
  const transport = nodemailer.createTransport(url)
  return () => ({
    name: 'nodemailer',
    defaultFromAddress,
    defaultFromName,
    sendEmail: ({ from, ...message }) =>
      transport.sendMail({
        ...message,
        from:
          typeof from === 'object'
            ? { name: from.name ?? '', address: from.address }
            : (from ?? { name: defaultFromName, address: defaultFromAddress }),
      }),
  })
}
