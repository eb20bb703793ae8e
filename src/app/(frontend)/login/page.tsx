import type { Metadata } from 'next'

import { LoginForm } from '@/src/components/auth/LoginForm'

// Per person (it reads the sign-in cookie): rendered on every request, never cached or prerendered.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } }

type Props = { searchParams: Promise<{ next?: string; as?: string }> }

/** Sign-in for customers, retail partners and karigars; staff use /admin. */
export default async function LoginPage({ searchParams }: Props) {
  const { next, as } = await searchParams
  return (
    <div className="mx-auto max-w-md px-5 py-12 sm:py-20">
      <div className="text-center">
        <p className="eyebrow">Welcome back</p>
        <h1 className="mt-3 font-serif text-4xl sm:text-5xl">Sign in</h1>
        <div className="gold-rule mx-auto my-6 w-32" />
      </div>
      <LoginForm next={next} initialRole={as} />
    </div>
  )
}
