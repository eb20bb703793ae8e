import type { Metadata } from 'next'

import { AuthPage } from '@/src/components/auth/AuthPage'
import { RegisterForm } from '@/src/components/auth/RegisterForm'

// Per person (it reads the sign-in cookie): rendered on every request, never cached or prerendered.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: 'Create an account',
  description:
    'Register as a customer, or as a retail partner to see trade prices and order for your store.',
}

type Props = { searchParams: Promise<{ as?: string }> }

/** Registration for customers and retail partners (vendors start pending until approved). */
export default async function RegisterPage({ searchParams }: Props) {
  const { as } = await searchParams
  return (
    <AuthPage eyebrow="Join the house" title="Create an account" wide>
      <RegisterForm initialKind={as === 'vendor' ? 'vendors' : 'customers'} />
    </AuthPage>
  )
}
