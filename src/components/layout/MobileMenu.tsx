'use client'

import Link from 'next/link'
import { useRef } from 'react'

import { CloseIcon, MenuIcon, SearchIcon } from './icons'
import { useViewer } from '../viewer/ViewerProvider'
import { SearchBox } from './SearchBox'
import { useModal } from './useModal'
import { useOpenUntilNavigation } from './useOpenUntilNavigation'

type Props = {
  siteName: string
  categories: { name: string; slug: string }[]
}

/** The phone's navigation: a drawer with search, the categories and the account links. */
export function MobileMenu({ siteName, categories }: Props) {
  const [open, setOpen] = useOpenUntilNavigation()
  const signedInAs = useViewer().viewer?.name
  const drawer = useRef<HTMLElement>(null)
  // Focus into the drawer and kept there, Escape closes it, and focus returns to the menu button.
  useModal(drawer, open, () => setOpen(false))

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-label="Open menu"
        aria-expanded={open}
        className="inline-flex size-11 items-center justify-center md:hidden"
      >
        <MenuIcon />
      </button>
      {open ? (
        <div
          className="fixed inset-0 z-50 md:hidden"
          role="dialog"
          aria-modal="true"
          aria-label="Menu"
        >
          <button
            type="button"
            aria-label="Close menu"
            className="absolute inset-0 bg-ink/40"
            onClick={() => setOpen(false)}
          />
          <nav
            ref={drawer}
            className="absolute inset-y-0 left-0 flex w-[86%] max-w-sm flex-col overflow-y-auto bg-ivory shadow-2xl"
          >
            <div className="flex items-center justify-between border-b border-ivory-300 px-5 py-4">
              <span className="font-serif text-xl">{siteName}</span>
              <button
                type="button"
                onClick={() => setOpen(false)}
                aria-label="Close menu"
                className="inline-flex size-11 items-center justify-center"
              >
                <CloseIcon />
              </button>
            </div>
            <div className="px-5 pt-5">
              <SearchBox onNavigate={() => setOpen(false)} />
            </div>
            <ul className="px-5 py-4 font-serif text-xl">
              <li>
                <Link href="/" className="block py-2.5">
                  Home
                </Link>
              </li>
              <li>
                <Link href="/products" className="block py-2.5">
                  The collection
                </Link>
              </li>
              {categories.map((category) => (
                <li key={category.slug}>
                  <Link
                    href={`/categories/${category.slug}`}
                    className="block py-2 pl-4 text-lg text-ink-soft"
                  >
                    {category.name}
                  </Link>
                </li>
              ))}
              <li>
                <Link href="/about" className="block py-2.5">
                  About us
                </Link>
              </li>
              <li>
                <Link href="/contact" className="block py-2.5">
                  Contact
                </Link>
              </li>
            </ul>
            <div className="mt-auto border-t border-ivory-300 px-5 py-5 text-sm">
              {signedInAs ? (
                <Link href="/account" className="btn-outline w-full">
                  {signedInAs}
                </Link>
              ) : (
                <Link href="/login" className="btn-primary w-full">
                  Sign in
                </Link>
              )}
            </div>
          </nav>
        </div>
      ) : null}
    </>
  )
}

/** A search icon on phones that opens the search box under the header. */
export function MobileSearch() {
  const [open, setOpen] = useOpenUntilNavigation()
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen((o) => !o)}
        aria-label={open ? 'Close search' : 'Open search'}
        aria-expanded={open}
        className="inline-flex size-11 items-center justify-center md:hidden"
      >
        {open ? <CloseIcon /> : <SearchIcon />}
      </button>
      {open ? (
        <div className="absolute inset-x-0 top-full border-b border-ivory-300 bg-ivory px-4 py-3 shadow-md md:hidden">
          <SearchBox autoFocus onNavigate={() => setOpen(false)} />
        </div>
      ) : null}
    </>
  )
}
