import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import { readWholeNumber } from '@/lib/queryInput'
import { NotificationsList } from '@/src/components/notifications/NotificationsList'
import { listMyNotifications } from '@/src/queries/notifications'
import { getViewer } from '@/src/queries/viewer'

// Per person (it reads the sign-in cookie): rendered on every request, never cached or prerendered.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Notifications', robots: { index: false } }

const perPage = 20

/** Everything the signed-in person has been told, newest first, a page at a time. */
export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string }>
}) {
  const [user, query] = await Promise.all([getViewer(), searchParams])
  if (!user) redirect('/login?next=/account/notifications')
  // A karigar on a temporary password chooses their own on the account page first.
  if (user.collection === 'goldsmiths' && user.mustChangePassword) redirect('/account')
  const page = readWholeNumber(query.page, 1, 100_000) ?? 1
  const feed = await listMyNotifications(page, perPage)
  if (!feed) redirect('/login?next=/account/notifications')
  const pageHref = (p: number) => `/account/notifications${p > 1 ? `?page=${p}` : ''}`

  return (
    <div className="mx-auto max-w-2xl px-5 py-12 sm:py-20">
      <Link href="/account" className="text-xs tracking-[0.14em] text-ink-soft uppercase">
        ← Your account
      </Link>
      <h1 className="mt-6 font-serif text-4xl sm:text-5xl">Notifications</h1>
      <div className="gold-rule my-6 w-32" />
      <NotificationsList key={page} initial={feed} page={page} perPage={perPage} />
      {feed.totalPages > 1 ? (
        <nav aria-label="Pages" className="mt-8 flex items-center justify-between text-sm">
          {page > 1 ? (
            <Link href={pageHref(page - 1)} rel="prev" className="btn-outline">
              ← Newer
            </Link>
          ) : (
            <span />
          )}
          <span className="text-ink-soft">
            Page {Math.min(page, feed.totalPages)} of {feed.totalPages}
          </span>
          {page < feed.totalPages ? (
            <Link href={pageHref(page + 1)} rel="next" className="btn-outline">
              Older →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  )
}
