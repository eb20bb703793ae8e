import Link from 'next/link'
import { Suspense } from 'react'

import { neverPlacesOrders } from '@/lib/orderPlacement'
import type { RatesView, SiteView } from '@/src/queries/catalogue'
import type { ViewerSummary } from '@/src/queries/viewer'

import { CartLink } from './CartLink'
import { UserIcon } from './icons'
import { LogoutButton } from './LogoutButton'
import { MobileMenu, MobileSearch } from './MobileMenu'
import { RatesTicker } from './RatesTicker'
import { SearchBox } from './SearchBox'

type Props = {
  site: SiteView
  rates: RatesView
  viewer: ViewerSummary | null
  categories: { name: string; slug: string }[]
}

const accountKinds: Record<string, string> = {
  customers: 'Customer',
  vendors: 'Retail partner',
  goldsmiths: 'Karigar',
  users: 'Staff',
}

function AccountMenu({ viewer }: { viewer: ViewerSummary | null }) {
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
          {accountKinds[viewer.collection]}
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

/** The sticky header: rates band, logo, search, navigation, account and cart. */
export function SiteHeader({ site, rates, viewer, categories }: Props) {
  return (
    <header className="sticky top-0 z-40 border-b border-ivory-300 bg-ivory">
      <div className="bg-ink px-4 py-1.5 text-ivory">
        <RatesTicker initial={rates} timeZone={site.timeZone} />
      </div>
      <div className="relative mx-auto flex h-16 max-w-7xl items-center gap-2 px-3 sm:px-6 md:h-20 md:gap-6">
        <Suspense>
          <MobileMenu
            siteName={site.siteName}
            categories={categories}
            signedInAs={viewer?.name ?? null}
          />
        </Suspense>
        <Link
          href="/"
          className="flex min-w-0 flex-1 flex-col items-center md:flex-none md:items-start"
        >
          <span className="truncate font-serif text-xl leading-none tracking-[0.06em] sm:text-2xl md:text-[1.7rem]">
            {site.siteName}
          </span>
          <span className="mt-1 hidden text-[9px] tracking-[0.42em] text-gold-700 uppercase sm:block">
            Fine jewellery · made to order
          </span>
        </Link>
        <Suspense>
          <SearchBox className="mx-auto hidden w-full max-w-md md:block" />
        </Suspense>
        <nav
          aria-label="Main"
          className="hidden items-center gap-6 text-xs tracking-[0.16em] uppercase lg:flex"
        >
          <Link href="/products" className="hover:text-gold-700">
            Collection
          </Link>
          <Link href="/about" className="hover:text-gold-700">
            About
          </Link>
          <Link href="/contact" className="hover:text-gold-700">
            Contact
          </Link>
        </nav>
        <div className="flex items-center">
          <Suspense>
            <MobileSearch />
          </Suspense>
          <div className="hidden md:block">
            <AccountMenu viewer={viewer} />
          </div>
          {neverPlacesOrders(viewer) ? null : <CartLink />}
        </div>
      </div>
    </header>
  )
}
