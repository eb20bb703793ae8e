import { Picture } from '@/src/components/Picture'
import Link from 'next/link'

import { CategoryStrip } from '@/src/components/layout/CategoryStrip'
import { ProductGrid } from '@/src/components/product/ProductGrid'
import { getSiteSettings, listCategories } from '@/src/queries/catalogue'
import { listFeaturedProducts } from '@/src/queries/products'

/** Home: the hero from site settings, the category strip, featured pieces and a word about us. */
export async function HomePage() {
  const [site, categories, featured] = await Promise.all([
    getSiteSettings(),
    listCategories(),
    listFeaturedProducts(8),
  ])
  const { hero } = site
  // Until staff choose a hero image, the newest signature piece stands in.
  const heroImage = hero.image ?? featured.find((p) => p.image)?.image ?? null
  return (
    <>
      {/* On a phone the hero is one short band, so the categories and the first pieces are in view
          without scrolling; from md up it is the full-width statement. */}
      <section className="relative overflow-hidden bg-ivory-200">
        <div className="mx-auto grid max-w-7xl grid-cols-[1fr_6.5rem] items-center gap-x-4 gap-y-4 px-5 py-6 sm:grid-cols-[1fr_10rem] sm:px-8 md:grid-cols-[1.05fr_1fr] md:gap-x-10 md:gap-y-0 md:py-20 lg:gap-x-16">
          <div className="md:self-end">
            <p className="eyebrow">{site.siteName}</p>
            <h1 className="mt-2 font-serif text-[2.1rem] leading-[1.05] tracking-tight sm:text-5xl md:mt-4 md:text-6xl lg:text-7xl">
              {hero.headline}
            </h1>
            <div className="gold-rule my-6 hidden w-40 md:block" />
            {hero.subheadline ? (
              <p className="mt-3 max-w-md text-sm leading-snug text-ink-soft sm:text-base md:mt-0 md:text-lg md:leading-relaxed">
                {hero.subheadline}
              </p>
            ) : null}
          </div>
          <div className="relative aspect-square w-full md:row-span-2 md:mx-auto md:max-w-[30rem]">
            <div className="absolute -inset-1.5 rounded-full border border-gold-500/40 sm:-inset-3 md:-inset-5" />
            <div className="relative size-full overflow-hidden rounded-full bg-ivory shadow-xl shadow-gold-800/20 md:shadow-2xl">
              {heroImage ? (
                <Picture
                  src={heroImage.large}
                  alt={heroImage.alt}
                  fill
                  priority
                  sizes="(min-width: 768px) 480px, 160px"
                  className="object-cover"
                />
              ) : null}
            </div>
          </div>
          {/* Under both columns on a phone, so the call to action reads on one line. */}
          <div className="col-span-2 flex gap-3 md:col-span-1 md:mt-8 md:self-start">
            <Link href={hero.ctaHref} className="btn-primary max-md:flex-1">
              {hero.ctaLabel}
            </Link>
            <Link href="/register?as=vendor" className="btn-outline max-md:hidden">
              Trade partners
            </Link>
          </div>
        </div>
      </section>

      <section
        aria-labelledby="shop-by-category"
        className="mx-auto max-w-7xl px-4 pt-6 sm:px-8 md:pt-14"
      >
        <div className="mb-4 text-center md:mb-8">
          <p className="eyebrow">Shop by category</p>
          <h2 id="shop-by-category" className="mt-1 font-serif text-2xl sm:text-4xl md:mt-2">
            Find your piece
          </h2>
        </div>
        <CategoryStrip categories={categories} />
      </section>

      <section aria-labelledby="featured" className="mx-auto max-w-7xl px-4 pt-8 sm:px-8 md:pt-20">
        <div className="mb-5 flex flex-col items-center gap-1 text-center md:mb-10 md:gap-2">
          <p className="eyebrow">Signature pieces</p>
          <h2 id="featured" className="font-serif text-2xl sm:text-4xl">
            From our karigars&rsquo; benches
          </h2>
        </div>
        <ProductGrid products={featured} />
        <div className="mt-12 text-center">
          <Link href="/products" className="btn-outline">
            View the whole collection
          </Link>
        </div>
      </section>

      {site.about ? (
        <section aria-labelledby="about" className="mx-auto mt-24 max-w-7xl px-4 sm:px-8">
          <div className="grid gap-10 border-y border-gold-500/30 py-14 md:grid-cols-[1fr_2fr] md:items-center">
            <div className="text-center md:text-left">
              <p className="eyebrow">Our story</p>
              <h2 id="about" className="mt-2 font-serif text-3xl sm:text-4xl">
                Made by hand, made for you
              </h2>
            </div>
            <div className="text-center md:text-left">
              <p className="font-serif text-xl leading-relaxed text-ink-soft sm:text-2xl">
                {site.about}
              </p>
              <Link
                href="/about"
                className="mt-6 inline-block text-xs tracking-[0.2em] text-gold-700 uppercase underline-offset-8 hover:underline"
              >
                Read more about us
              </Link>
            </div>
          </div>
          <ul className="grid grid-cols-1 gap-6 py-12 text-center sm:grid-cols-3">
            {[
              ['BIS hallmarked', 'Every gold piece carries its purity stamp.'],
              ['Made to order', 'Sized and finished for you by our karigars.'],
              ['For the trade', 'Approved retailers see prices and order in bulk.'],
            ].map(([title, text]) => (
              <li key={title} className="px-4">
                <p className="font-serif text-xl">{title}</p>
                <p className="mt-2 text-sm text-ink-soft">{text}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}
