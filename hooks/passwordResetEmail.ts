import type { PayloadRequest } from 'payload'

import { databaseKind } from '@/lib/databaseUrl'
import { passwordResetEmail, passwordResetLink } from '@/lib/emailTemplates'
import { defaultSiteName } from '@/lib/shop'
import type { StorefrontCollection } from '@/lib/accounts'

type Args = { req?: PayloadRequest; token?: string }

const render = async ({ req, token }: Args, collection: string) => {
  const settings = req
    ? await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req }).catch(() => null)
    : null
  const siteUrl = process.env.SERVER_URL || req?.payload.config.serverURL || ''
  return passwordResetEmail(
    {
      siteName: settings?.siteName || defaultSiteName,
      contactEmail: settings?.contact?.email,
      contactPhone: settings?.contact?.phone,
    },
    passwordResetLink(siteUrl, collection, token ?? ''),
  )
}

/**
 * `auth.forgotPassword` for a storefront account collection: the emailed link opens the
 * storefront's `/reset-password` page (not the admin panel), branded from site settings.
 */
export const storefrontPasswordReset = (collection: StorefrontCollection) => ({
  // Payload reserves a reset request with a write outside the operation's transaction; on SQLite
  // that write waits on the transaction's own write lock and fails ("database is locked"), so the
  // 15 s per-account throttle is kept only where the database can honour it.
  minRequestInterval: databaseKind(process.env.DATABASE_URL) === 'sqlite' ? 0 : 15_000,
  generateEmailHTML: async (args?: Args) => (await render(args ?? {}, collection)).html,
  generateEmailSubject: async (args?: Args) => (await render(args ?? {}, collection)).subject,
})
