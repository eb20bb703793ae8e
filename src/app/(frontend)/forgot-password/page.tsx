import type { Metadata } from 'next'

import { AuthPage } from '@/src/components/auth/AuthPage'
import { ForgotPasswordForm } from '@/src/components/auth/ForgotPasswordForm'

// Per person (a form whose answer depends on who asks): never cached or prerendered.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Forgot your password', robots: { index: false } }

type Props = { searchParams: Promise<{ as?: string }> }

/** Customers, retail partners and karigars ask for a reset link; staff use /admin. */
export default async function ForgotPasswordPage({ searchParams }: Props) {
  const { as } = await searchParams
  return (
    <AuthPage
      eyebrow="Locked out?"
      title="Reset your password"
      intro="Tell us the email you sign in with and we will send a link to choose a new password."
    >
      <ForgotPasswordForm initialKind={as} />
    </AuthPage>
  )
}
