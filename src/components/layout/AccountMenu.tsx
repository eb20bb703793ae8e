'use client'

import Link from 'next/link'

import { accountKindLabels } from '@/lib/accountKinds'

import { useViewer } from '../viewer/ViewerProvider'
import { UserIcon } from './icons'
import { LogoutButton } from './LogoutButton'

/** Sign in, or the signed-in person's name with their account links. */
export function AccountMenu() {
  const { viewer, known } = useViewer()
  // Until the server has said who is looking, hold the space without guessing either way.
  if (!known) return <span className="inline-flex h-11 w-11" aria-hidden />
  if (!viewer) {
    return (
      <Link
        href="/login"
        className="inline-flex h-11 items-center gap-2 px-2 text-xs tracking-[0.16em] uppercase hover:text-gold-700"
      >
        <UserIcon />
        <span className="hidden whitespace-nowrap lg:inline">Sign in</span>
      </Link>
    )
  }
  return (
    <details className="group relative">
      <summary
        className="inline-flex h-11 cursor-pointer list-none items-center gap-2 px-2 text-xs tracking-[0.16em] uppercase hover:text-gold-700 [&::-webkit-details-marker]:hidden"
        aria-label={`Account: ${viewer.name}`}
      >
        <UserIcon />
        <span className="hidden max-w-40 truncate lg:inline">{viewer.name}</span>
      </summary>
      <div className="absolute right-0 z-50 mt-2 w-64 border border-ivory-300 bg-white p-4 text-sm shadow-xl shadow-ink/10">
        <p className="font-serif text-lg leading-tight">{viewer.name}</p>
        <p className="mt-0.5 truncate text-xs text-ink-soft">{viewer.email}</p>
        <p className="eyebrow mt-3">
          {accountKindLabels[viewer.collection]}
          {viewer.vendorStatus && viewer.vendorStatus !== 'approved'
            ? ` · ${viewer.vendorStatus}`
            : ''}
        </p>
        <div className="mt-4 flex flex-col gap-2">
          <Link href="/account" className="hover:text-gold-700">
            My account
          </Link>
          {viewer.collection === 'users' ? (
            <Link href="/admin" className="hover:text-gold-700">
              Admin panel
            </Link>
          ) : null}
          <LogoutButton collection={viewer.collection} className="text-left hover:text-gold-700" />
        </div>
      </div>
    </details>
  )
}
