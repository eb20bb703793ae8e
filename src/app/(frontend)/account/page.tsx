import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'

import { LogoutButton } from '@/src/components/layout/LogoutButton'
import { getViewer, getViewerSummary } from '@/src/data/viewer'

export const metadata: Metadata = { title: 'Your account', robots: { index: false } }

const vendorStatusText: Record<string, string> = {
  pending:
    'Your retail partner account is awaiting approval. We will let you know once it is approved; you can browse the collection meanwhile.',
  approved:
    'Your retail partner account is approved: trade prices are shown throughout the collection.',
  rejected: 'We could not approve your retail partner account. Please contact us for details.',
  disabled: 'This account is disabled. Please contact us.',
}

/** Who is signed in, and for retail partners where their approval stands. */
export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<{ welcome?: string }>
}) {
  const [user, summary, { welcome }] = await Promise.all([
    getViewer(),
    getViewerSummary(),
    searchParams,
  ])
  if (!user || !summary) redirect('/login?next=/account')
  return (
    <div className="mx-auto max-w-2xl px-5 py-12 sm:py-20">
      <p className="eyebrow">{welcome ? 'Welcome' : 'Your account'}</p>
      <h1 className="mt-3 font-serif text-4xl sm:text-5xl">{summary.name}</h1>
      <div className="gold-rule my-6 w-32" />
      <dl className="divide-y divide-ivory-300 border-y border-ivory-300 text-sm">
        <div className="flex justify-between py-3">
          <dt className="text-ink-soft">Email</dt>
          <dd>{summary.email}</dd>
        </div>
        {user.collection === 'vendors' ? (
          <>
            <div className="flex justify-between py-3">
              <dt className="text-ink-soft">Partner ID</dt>
              <dd>{user.vendorId || 'Issued on approval'}</dd>
            </div>
            <div className="flex justify-between py-3">
              <dt className="text-ink-soft">City</dt>
              <dd>{user.city}</dd>
            </div>
          </>
        ) : null}
      </dl>
      {summary.vendorStatus ? (
        <p
          className="mt-6 border-l-2 border-gold-500 pl-4 text-ink-soft"
          data-testid="vendor-status"
        >
          {vendorStatusText[summary.vendorStatus]}
        </p>
      ) : null}
      <div className="mt-10 flex flex-wrap gap-3">
        <Link href="/products" className="btn-primary">
          Browse the collection
        </Link>
        <Link href="/cart" className="btn-outline">
          Your cart
        </Link>
        <LogoutButton collection={user.collection} className="btn-outline" />
      </div>
    </div>
  )
}
