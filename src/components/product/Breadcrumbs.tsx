import Link from 'next/link'

type Crumb = { href: string; label: string }

/** Where a page sits in the shop, as links from Home down; the page itself is not listed. */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-6 text-xs tracking-[0.12em] text-ink-soft uppercase">
      <ol className="flex flex-wrap items-center gap-2">
        {trail.map(({ href, label }, index) => (
          <li key={href} className="flex items-center gap-2">
            {index > 0 ? <span aria-hidden>/</span> : null}
            <Link href={href} className="hover:text-gold-700">
              {label}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  )
}
