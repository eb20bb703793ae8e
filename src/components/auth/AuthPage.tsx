/** The frame of the sign-in, registration and password pages: a centred heading over one form. */
export function AuthPage({
  eyebrow,
  title,
  intro,
  wide = false,
  children,
}: {
  eyebrow: string
  title: string
  intro?: string
  wide?: boolean
  children: React.ReactNode
}) {
  return (
    <div className={`mx-auto ${wide ? 'max-w-xl' : 'max-w-md'} px-5 py-12 sm:py-20`}>
      <div className="text-center">
        <p className="eyebrow">{eyebrow}</p>
        <h1 className="mt-3 font-serif text-4xl sm:text-5xl">{title}</h1>
        <div className="gold-rule mx-auto my-6 w-32" />
        {intro ? <p className="-mt-2 mb-8 text-sm text-ink-soft">{intro}</p> : null}
      </div>
      {children}
    </div>
  )
}
