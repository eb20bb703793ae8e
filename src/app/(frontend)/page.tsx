import Image from 'next/image'
import Link from 'next/link'

import { countPublishedProducts, getRates, getSiteSettings, listCategories } from '@/src/data/catalogue'

export const dynamic = 'force-dynamic'

const inr = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR', maximumFractionDigits: 0 })

/** A simple home page until the storefront proper lands: brand, rates and the category shelf. */
export default async function HomePage() {
  const [settings, rates, categories, productCount] = await Promise.all([
    getSiteSettings(),
    getRates(),
    listCategories(),
    countPublishedProducts(),
  ])
  return (
    <main className="mx-auto max-w-5xl px-4 py-10 sm:py-16">
      <header className="flex flex-wrap items-baseline justify-between gap-4 border-b border-gold-300 pb-6">
        <h1 className="font-serif text-3xl tracking-wide text-gold-700 sm:text-4xl">
          {settings.siteName}
        </h1>
        {rates.gold ? (
          <p className="text-sm text-ink/80">
            Gold {inr.format(rates.gold)}/g · Silver {inr.format(rates.silver ?? 0)}/g
          </p>
        ) : null}
      </header>
      <section className="py-10">
        <h2 className="font-serif text-2xl sm:text-3xl">
          {settings.hero?.headline || 'Handcrafted jewellery, made to order'}
        </h2>
        <p className="mt-3 max-w-2xl text-ink/80">
          {settings.hero?.subheadline ||
            'Browse the catalogue, order for yourself or your store, and follow each piece from the workshop to your door.'}
        </p>
        <p className="mt-2 text-sm text-ink/70">{productCount} pieces in the catalogue.</p>
      </section>
      <section aria-labelledby="categories">
        <h2 id="categories" className="mb-4 font-serif text-xl">
          Shop by category
        </h2>
        <ul className="flex gap-5 overflow-x-auto pb-4">
          {categories.map((category) => {
            const icon = typeof category.icon === 'object' ? category.icon : null
            return (
              <li key={category.id} className="flex w-24 shrink-0 flex-col items-center gap-2 text-center">
                <div className="relative size-20 overflow-hidden rounded-full bg-gold-300/40 ring-1 ring-gold-500/40">
                  {icon?.url ? (
                    <Image src={icon.url} alt={icon.alt} fill sizes="80px" className="object-cover" />
                  ) : null}
                </div>
                <span className="text-sm">{category.name}</span>
              </li>
            )
          })}
        </ul>
      </section>
      <footer className="mt-16 border-t border-gold-300 pt-6 text-sm text-ink/70">
        <Link href="/admin" className="underline decoration-gold-500 underline-offset-4">
          Staff sign-in
        </Link>
        {settings.footerText ? <p className="mt-2">{settings.footerText}</p> : null}
      </footer>
    </main>
  )
}
