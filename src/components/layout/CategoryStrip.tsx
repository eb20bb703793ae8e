import { Picture } from '@/src/components/Picture'
import Link from 'next/link'

import type { CategoryView } from '@/src/queries/views'

type Props = { categories: CategoryView[]; active?: string; className?: string }

/** Circular category icons in a row; scrolls sideways on a phone. */
export function CategoryStrip({ categories, active, className = '' }: Props) {
  return (
    <nav aria-label="Categories" className={className}>
      <ul className="scrollbar-none -mx-4 flex snap-x gap-4 overflow-x-auto px-4 pb-2 sm:gap-6 md:justify-center">
        {categories.map((category) => {
          const current = category.slug === active
          return (
            <li key={category.id} className="shrink-0 snap-start">
              <Link
                href={`/categories/${category.slug}`}
                aria-current={current ? 'page' : undefined}
                className="group flex w-[4.75rem] flex-col items-center gap-2 text-center sm:w-24"
              >
                <span
                  className={`relative block size-16 overflow-hidden rounded-full bg-ivory-200 ring-1 transition sm:size-20 ${current ? 'ring-2 ring-gold-700 ring-offset-2 ring-offset-ivory' : 'ring-gold-500/40 group-hover:ring-gold-700'}`}
                >
                  {category.icon ? (
                    <Picture
                      src={category.icon.thumb}
                      alt=""
                      fill
                      sizes="80px"
                      className="object-cover transition duration-500 group-hover:scale-105"
                    />
                  ) : null}
                </span>
                <span
                  className={`text-[11px] tracking-[0.14em] uppercase sm:text-xs ${current ? 'text-gold-700' : 'text-ink'}`}
                >
                  {category.name}
                </span>
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
