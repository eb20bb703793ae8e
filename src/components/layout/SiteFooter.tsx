import Link from 'next/link'

import type { SiteView } from '@/src/queries/catalogue'

const platformNames: Record<string, string> = {
  instagram: 'Instagram',
  facebook: 'Facebook',
  youtube: 'YouTube',
  whatsapp: 'WhatsApp',
  x: 'X',
  pinterest: 'Pinterest',
}

/** Contact details, social links and the footer text, all from site settings. */
export function SiteFooter({
  site,
  categories,
}: {
  site: SiteView
  categories: { name: string; slug: string }[]
}) {
  const { contact } = site
  return (
    <footer className="mt-24 bg-ink text-ivory/85">
      <div className="mx-auto grid max-w-7xl gap-10 px-6 py-14 sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <p className="font-serif text-2xl text-ivory">{site.siteName}</p>
          <div className="my-4 h-px w-12 bg-gold-500" />
          {site.about ? (
            <p className="text-sm leading-relaxed text-ivory/75">{site.about}</p>
          ) : null}
        </div>
        <div>
          <h2 className="eyebrow !text-gold-300">Collection</h2>
          <ul className="mt-4 space-y-2 text-sm">
            {categories.slice(0, 8).map((category) => (
              <li key={category.slug}>
                <Link href={`/categories/${category.slug}`} className="hover:text-gold-300">
                  {category.name}
                </Link>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h2 className="eyebrow !text-gold-300">Visit &amp; write</h2>
          <address className="mt-4 space-y-2 text-sm not-italic">
            {contact.address ? <p className="whitespace-pre-line">{contact.address}</p> : null}
            {contact.phone ? (
              <p>
                <a href={`tel:${contact.phone.replace(/\s/g, '')}`} className="hover:text-gold-300">
                  {contact.phone}
                </a>
              </p>
            ) : null}
            {contact.email ? (
              <p>
                <a href={`mailto:${contact.email}`} className="hover:text-gold-300">
                  {contact.email}
                </a>
              </p>
            ) : null}
          </address>
        </div>
        <div>
          <h2 className="eyebrow !text-gold-300">The house</h2>
          <ul className="mt-4 space-y-2 text-sm">
            <li>
              <Link href="/about" className="hover:text-gold-300">
                About us
              </Link>
            </li>
            <li>
              <Link href="/contact" className="hover:text-gold-300">
                Contact
              </Link>
            </li>
            <li>
              <Link href="/register?as=vendor" className="hover:text-gold-300">
                Become a retail partner
              </Link>
            </li>
            <li>
              <Link href="/login" className="hover:text-gold-300">
                Sign in
              </Link>
            </li>
          </ul>
          {site.socialLinks.length ? (
            <ul className="mt-6 flex flex-wrap gap-3 text-xs tracking-[0.16em] uppercase">
              {site.socialLinks.map((link) => (
                <li key={link.url}>
                  <a
                    href={link.url}
                    rel="noopener noreferrer"
                    target="_blank"
                    className="inline-block border border-ivory/30 px-3 py-1.5 hover:border-gold-300 hover:text-gold-300"
                  >
                    {platformNames[link.platform] ?? link.platform}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
      <div className="border-t border-ivory/10">
        <div className="mx-auto flex max-w-7xl flex-col gap-2 px-6 py-6 text-xs text-ivory/70 sm:flex-row sm:justify-between">
          <p>{site.footerText}</p>
          <p>
            © {new Date().getFullYear()} {site.siteName}
          </p>
        </div>
      </div>
    </footer>
  )
}
