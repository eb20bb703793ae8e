import type { Metadata } from 'next'

import { ContactForm } from '@/src/components/ContactForm'
import { getSiteSettings } from '@/src/queries/catalogue'

export async function contactMetadata(): Promise<Metadata> {
  const site = await getSiteSettings()
  return { title: 'Contact us', description: `Visit, call or write to ${site.siteName}.` }
}

/** Contact details from site settings and a message form. */
export async function ContactPage() {
  const site = await getSiteSettings()
  const { contact } = site
  return (
    <div className="mx-auto max-w-6xl px-5 py-12 sm:py-20">
      <div className="text-center">
        <p className="eyebrow">We would love to hear from you</p>
        <h1 className="mt-3 font-serif text-4xl sm:text-6xl">Contact us</h1>
        <div className="gold-rule mx-auto my-8 w-40" />
      </div>
      <div className="grid gap-12 md:grid-cols-[1fr_1.4fr]">
        <address className="space-y-8 not-italic">
          {contact.address ? (
            <div>
              <h2 className="eyebrow">Visit</h2>
              <p className="mt-2 font-serif text-xl whitespace-pre-line">{contact.address}</p>
            </div>
          ) : null}
          {contact.phone ? (
            <div>
              <h2 className="eyebrow">Call</h2>
              <a
                href={`tel:${contact.phone.replace(/\s/g, '')}`}
                className="mt-2 block font-serif text-xl hover:text-gold-700"
              >
                {contact.phone}
              </a>
            </div>
          ) : null}
          {contact.email ? (
            <div>
              <h2 className="eyebrow">Write</h2>
              <a
                href={`mailto:${contact.email}`}
                className="mt-2 block font-serif text-xl hover:text-gold-700"
              >
                {contact.email}
              </a>
            </div>
          ) : null}
          <p className="text-sm text-ink-soft">Showroom open Monday to Saturday, 11 am to 8 pm.</p>
        </address>
        <div className="border border-ivory-300 bg-white/70 p-6 sm:p-8">
          <h2 className="font-serif text-2xl">Send a message</h2>
          <p className="mt-1 mb-6 text-sm text-ink-soft">
            A custom piece, a size question, a trade enquiry: we reply within a working day.
          </p>
          <ContactForm />
        </div>
      </div>
    </div>
  )
}
