import type { Metadata } from 'next'

import { isStorefrontCollection } from '@/lib/accounts'
import { AuthPage } from '@/src/components/auth/AuthPage'
import { ExpiredLink, ResetPasswordForm } from '@/src/components/auth/ResetPasswordForm'

// Per person (the link's token): never cached or prerendered.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: 'Choose a new password',
  robots: { index: false },
  // The token is in this page's address: never hand it to another site as a Referer.
  referrer: 'no-referrer',
}

type Props = { searchParams: Promise<{ collection?: string; token?: string }> }

/** Where the emailed reset link lands: `?collection=<kind>&token=<token>`. */
export default async function ResetPasswordPage({ searchParams }: Props) {
  const { collection, token } = await searchParams
  const valid = isStorefrontCollection(collection) && typeof token === 'string' && token !== ''
  return (
    <AuthPage eyebrow="Welcome back" title="Choose a new password">
      {valid ? (
        <ResetPasswordForm collection={collection} token={token} />
      ) : (
        <ExpiredLink collection={isStorefrontCollection(collection) ? collection : undefined} />
      )}
    </AuthPage>
  )
}
