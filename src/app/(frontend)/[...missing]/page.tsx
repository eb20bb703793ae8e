import { notFound } from 'next/navigation'

// Unknown URLs land here so the 404 renders inside the storefront layout: with two root layouts
// (storefront and admin) Next.js has no shared root to put a global not-found page in.
export default function CatchAll() {
  notFound()
}
