import { Picture } from '@/src/components/Picture'
import Link from 'next/link'
import { Suspense } from 'react'

import type { RatesView, SiteView } from '@/src/queries/catalogue'

import { AccountMenu } from './AccountMenu'
import { CartLink } from './CartLink'
import { MobileMenu, MobileSearch } from './MobileMenu'
import { NotificationBell } from '../notifications/NotificationBell'
import { RatesTicker } from './RatesTicker'
import { SearchBox } from './SearchBox'

type Props = {
  site: SiteView
  rates: RatesView
  categories: { name: string; slug: string }[]
}

/**
 * The sticky header: rates band, logo (the site settings' image, else the name as a wordmark),
 * search, navigation, account, bell and cart. The same HTML
 * for everyone; the account menu, the bell and the cart fill themselves in once the browser knows
 * who is looking.
 */
export function SiteHeader({ site, rates, categories }: Props) {
  return (
    <header className="sticky top-0 z-40 border-b border-ivory-300 bg-ivory">
      <div className="bg-ink px-4 py-1.5 text-ivory">
        <RatesTicker initial={rates} timeZone={site.timeZone} />
      </div>
      <div className="relative mx-auto flex h-16 max-w-7xl items-center gap-2 px-3 sm:px-6 md:h-20 md:gap-6">
        <Suspense>
          <MobileMenu siteName={site.siteName} categories={categories} />
        </Suspense>
        <Link
          href="/"
          className="flex min-w-0 flex-1 flex-col items-center md:flex-none md:items-start"
        >
          {site.logo ? (
            // The logo stands for the name, so the name is its text; the cached header carries it.
            <Picture
              src={site.logo.large}
              alt={site.siteName}
              width={site.logo.width}
              height={site.logo.height}
              priority
              className="h-10 w-auto max-w-[10rem] object-contain sm:h-12 sm:max-w-[14rem] md:h-14"
              data-testid="site-logo"
            />
          ) : (
            <>
              <span className="line-clamp-2 max-w-full text-center font-serif text-lg leading-tight tracking-[0.06em] sm:truncate sm:text-2xl sm:leading-none md:text-left md:text-[1.7rem]">
                {site.siteName}
              </span>
              <span className="mt-1 hidden text-[9px] tracking-[0.42em] text-gold-700 uppercase sm:block">
                Fine jewellery · made to order
              </span>
            </>
          )}
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
            <AccountMenu />
          </div>
          <NotificationBell />
          <CartLink />
        </div>
      </div>
    </header>
  )
}
