import Image from 'next/image'
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
      <section className="relative overflow-hidden bg-ivory-200">
        <div className="mx-auto grid max-w-7xl items-center gap-10 px-5 pt-10 pb-12 sm:px-8 md:grid-cols-[1.05fr_1fr] md:py-20 lg:gap-16">
          <div className="order-2 text-center md:order-1 md:text-left">
            <p className="eyebrow">{site.siteName}</p>
            <h1 className="mt-4 font-serif text-[2.6rem] leading-[1.05] tracking-tight sm:text-6xl lg:text-7xl">
              {hero.headline}
            </h1>
            <div className="gold-rule mx-auto my-6 w-40 md:mx-0" />
            {hero.subheadline ? (
              <p className="mx-auto max-w-md text-base leading-relaxed text-ink-soft md:mx-0 md:text-lg">
                {hero.subheadline}
              </p>
            ) : null}
            <div className="mt-8 flex flex-wrap justify-center gap-3 md:justify-start">
              <Link href={hero.ctaHref} className="btn-primary">
                {hero.ctaLabel}
              </Link>
              <Link href="/register?as=vendor" className="btn-outline">
                Trade partners
              </Link>
            </div>
          </div>
          <div className="relative order-1 mx-auto aspect-square w-[68%] max-w-[30rem] md:order-2 md:w-full">
            <div className="absolute -inset-3 rounded-full border border-gold-500/40 sm:-inset-5" />
            <div className="relative size-full overflow-hidden rounded-full bg-ivory shadow-2xl shadow-gold-800/20">
              {heroImage ? (
                <Image
                  src={heroImage.large}
                  alt={heroImage.alt}
                  fill
                  priority
                  unoptimized
                  sizes="(min-width: 768px) 480px, 90vw"
                  className="object-cover"
                />
              ) : null}
            </div>
          </div>
        </div>
      </section>

      <section aria-labelledby="shop-by-category" className="mx-auto max-w-7xl px-4 pt-14 sm:px-8">
        <div className="mb-8 text-center">
          <p className="eyebrow">Shop by category</p>
          <h2 id="shop-by-category" className="mt-2 font-serif text-3xl sm:text-4xl">
            Find your piece
          </h2>
        </div>
        <CategoryStrip categories={categories} />
      </section>

      <section aria-labelledby="featured" className="mx-auto max-w-7xl px-4 pt-20 sm:px-8">
        <div className="mb-10 flex flex-col items-center gap-2 text-center">
          <p className="eyebrow">Signature pieces</p>
          <h2 id="featured" className="font-serif text-3xl sm:text-4xl">
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
