import type { Metadata } from 'next'

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
    <div className="mx-auto max-w-xl px-5 py-12 sm:py-20">
      <div className="text-center">
        <p className="eyebrow">Join the house</p>
        <h1 className="mt-3 font-serif text-4xl sm:text-5xl">Create an account</h1>
        <div className="gold-rule mx-auto my-6 w-32" />
      </div>
      <RegisterForm initialKind={as === 'vendor' ? 'vendors' : 'customers'} />
    </div>
  )
}
