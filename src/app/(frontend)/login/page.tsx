import type { Metadata } from 'next'

import { AuthPage } from '@/src/components/auth/AuthPage'
import { LoginForm } from '@/src/components/auth/LoginForm'

// Per person (it reads the sign-in cookie): rendered on every request, never cached or prerendered.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } }

type Props = { searchParams: Promise<{ next?: string; as?: string }> }

/** Sign-in for customers, retail partners and karigars; staff use /admin. */
export default async function LoginPage({ searchParams }: Props) {
  const { next, as } = await searchParams
  return (
    <AuthPage eyebrow="Welcome back" title="Sign in">
      <LoginForm next={next} initialRole={as} />
    </AuthPage>
  )
}
