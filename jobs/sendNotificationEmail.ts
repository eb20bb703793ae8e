import type { TaskConfig } from 'payload'

/** How long before the first retry of a failed send; doubled for each retry after it. */
const retryDelayMs = () => Number(process.env.EMAIL_RETRY_DELAY_MS || 30_000)

/**
 * The job that delivers one notification email. Queued by operations/notify.ts in the transaction
 * of the event, so an email is sent exactly for the events that commit; sent later by the job
 * runner (`jobs.autoRun`), so a slow or failing SMTP server never delays or fails the event. A
 * failed send is logged and retried with exponential backoff; after the last attempt the job stays
 * in `payload-jobs` with its error log for an admin to see.
 */
export const sendNotificationEmail: TaskConfig<'sendNotificationEmail'> = {
  slug: 'sendNotificationEmail',
  label: 'Send a notification email',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: retryDelayMs() } },
  inputSchema: [
    { name: 'to', type: 'email', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'html', type: 'textarea', required: true },
    { name: 'notification', type: 'text' },
  ],
  handler: async ({ input, req }) => {
    try {
      await req.payload.sendEmail({
        to: input.to,
        subject: input.subject,
        text: input.text,
        html: input.html,
      })
    } catch (error) {
      req.payload.logger.warn(
        { err: error, to: input.to, notification: input.notification },
        'Notification email failed; it will be retried',
      )
      throw error
    }
    return { output: {} }
  },
}
