import Link from 'next/link'

/** A friendly 404 inside the storefront's layout. */
export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl px-5 py-20 text-center sm:py-28">
      <p className="eyebrow">Error 404</p>
      <h1 className="mt-4 font-serif text-5xl sm:text-6xl">This piece has slipped away</h1>
      <div className="gold-rule mx-auto my-8 w-40" />
      <p className="text-ink-soft">
        The page you were looking for is not here: perhaps the link is old, or the piece has left
        the collection.
      </p>
      <div className="mt-10 flex flex-wrap justify-center gap-3">
        <Link href="/products" className="btn-primary">
          Browse the collection
        </Link>
        <Link href="/" className="btn-outline">
          Home
        </Link>
      </div>
    </div>
  )
}
