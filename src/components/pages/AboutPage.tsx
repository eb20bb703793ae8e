import type { Metadata } from 'next'
import { Picture } from '@/src/components/Picture'
import Link from 'next/link'

import { getSiteSettings } from '@/src/queries/catalogue'

export async function aboutMetadata(): Promise<Metadata> {
  const site = await getSiteSettings()
  return { title: 'About us', description: site.about || `The story of ${site.siteName}.` }
}

/** The house's story, from site settings. */
export async function AboutPage() {
  const site = await getSiteSettings()
  return (
    <div className="mx-auto max-w-5xl px-5 py-12 sm:py-20">
      <div className="text-center">
        <p className="eyebrow">Our story</p>
        <h1 className="mt-3 font-serif text-4xl sm:text-6xl">{site.siteName}</h1>
        <div className="gold-rule mx-auto my-8 w-40" />
      </div>
      <div className="grid items-center gap-10 md:grid-cols-2">
        {site.hero.image ? (
          <div className="relative aspect-[4/5] overflow-hidden bg-ivory-200">
            <Picture
              src={site.hero.image.large}
              alt={site.hero.image.alt}
              fill
              sizes="(min-width: 768px) 480px, 100vw"
              className="object-cover"
            />
          </div>
        ) : null}
        <div className="space-y-5 font-serif text-xl leading-relaxed text-ink-soft sm:text-2xl">
          {(site.about || 'Fine jewellery, handcrafted to order.')
            .split(/\n{2,}/)
            .map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          <ul className="space-y-3 pt-4 font-sans text-base text-ink">
            <li>— Every gold piece BIS hallmarked for its purity</li>
            <li>— Sized, set and finished by our own karigars</li>
            <li>— Retail partners across India order at trade terms</li>
          </ul>
          <div className="flex flex-wrap gap-3 pt-4 font-sans">
            <Link href="/products" className="btn-primary">
              See the collection
            </Link>
            <Link href="/contact" className="btn-outline">
              Visit or write
            </Link>
          </div>
        </div>
      </div>
    </div>
  )
}
