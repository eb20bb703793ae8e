import type { Metadata, Viewport } from 'next'
import localFont from 'next/font/local'
import React from 'react'

import { HydrationMarker } from '@/src/components/layout/HydrationMarker'
import { SiteFooter } from '@/src/components/layout/SiteFooter'
import { SiteHeader } from '@/src/components/layout/SiteHeader'
import { getRates, getSiteSettings, listCategories } from '@/src/queries/catalogue'
import { getSiteUrl } from '@/src/queries/siteUrl'
import { ViewerProvider } from '@/src/components/viewer/ViewerProvider'

import './globals.css'

// The serif of the wordmark and headings, from the font's npm package: the build copies the file
// into our own static assets, so no font service is asked, at build or at run time. Only what the
// storefront sets (regular weight, Latin); the fallback is metric-matched, so swapping moves little.
const cormorant = localFont({
  src: '../../../node_modules/@fontsource/cormorant-garamond/files/cormorant-garamond-latin-400-normal.woff2',
  weight: '400',
  style: 'normal',
  display: 'swap',
  variable: '--font-cormorant',
  adjustFontFallback: 'Times New Roman',
})

export async function generateMetadata(): Promise<Metadata> {
  const [site, siteUrl] = await Promise.all([getSiteSettings(), getSiteUrl()])
  const description =
    site.hero.subheadline || 'Handcrafted gold, silver and platinum jewellery, made to order.'
  return {
    metadataBase: new URL(siteUrl),
    title: {
      default: `${site.siteName} · Fine jewellery, made to order`,
      template: `%s · ${site.siteName}`,
    },
    description,
    openGraph: {
      type: 'website',
      siteName: site.siteName,
      description,
      images: site.hero.image
        ? [{ url: site.hero.image.large, alt: site.hero.image.alt }]
        : undefined,
    },
    twitter: { card: 'summary_large_image' },
  }
}

export const viewport: Viewport = { themeColor: '#1f1a14', width: 'device-width', initialScale: 1 }

export default async function FrontendLayout({ children }: { children: React.ReactNode }) {
  const [site, rates, categories] = await Promise.all([
    getSiteSettings(),
    getRates(),
    listCategories(),
  ])
  const nav = categories.map(({ name, slug }) => ({ name, slug }))
  return (
    <html lang="en-IN" className={cormorant.variable}>
      <body className="flex min-h-screen flex-col antialiased">
        <a
          href="#main"
          className="sr-only z-50 bg-ink px-4 py-2 text-ivory focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          Skip to content
        </a>
        {/* The layout is the same for everyone (it is cached); who is looking is asked from the browser. */}
        <ViewerProvider>
          <SiteHeader site={site} rates={rates} categories={nav} />
          <main id="main" className="flex-1">
            {children}
          </main>
          <SiteFooter site={site} categories={nav} />
        </ViewerProvider>
        <HydrationMarker />
      </body>
    </html>
  )
}
