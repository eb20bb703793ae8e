import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { AboutPage, aboutMetadata } from '@/src/components/pages/AboutPage'
import { ContactPage, contactMetadata } from '@/src/components/pages/ContactPage'
import { HomePage } from '@/src/components/pages/HomePage'
import { SizeGuidePage, sizeGuideMetadata } from '@/src/components/pages/SizeGuidePage'

/**
 * The storefront's single-URL pages, and its 404 for every other unknown path. They sit behind one
 * dynamic segment so that each is rendered on its first request and then served from the page
 * cache until an edit revalidates it: nothing is rendered at build time, when no database need
 * exist. (A plain `app/about/page.tsx` would be prerendered by `next build`.)
 */
const pages: Record<string, { Page: () => React.ReactNode; metadata: () => Promise<Metadata> }> = {
  '': { Page: HomePage, metadata: async () => ({}) },
  about: { Page: AboutPage, metadata: aboutMetadata },
  contact: { Page: ContactPage, metadata: contactMetadata },
  'size-guide': { Page: SizeGuidePage, metadata: async () => sizeGuideMetadata },
}

type Props = { params: Promise<{ page?: string[] }> }

const pageAt = async (params: Props['params']) => {
  const path = (await params).page?.join('/') ?? ''
  return Object.hasOwn(pages, path) ? pages[path] : null
}

export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await pageAt(params)
  return page ? page.metadata() : { title: 'Not found' }
}

export default async function StorefrontPage({ params }: Props) {
  const page = await pageAt(params)
  if (!page) notFound()
  return <page.Page />
}
