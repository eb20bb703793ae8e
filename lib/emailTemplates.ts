import { notificationHeadline, type NotificationType } from './notifications'

/** What every email carries from site settings: the shop's name and how to reach it. */
export type Branding = {
  siteName: string
  contactEmail?: string | null
  contactPhone?: string | null
  siteUrl?: string | null
}

export type RenderedEmail = { subject: string; text: string; html: string }

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`,
  )

const contactLines = (brand: Branding): string[] =>
  [
    brand.contactEmail ? `Email: ${brand.contactEmail}` : null,
    brand.contactPhone ? `Phone: ${brand.contactPhone}` : null,
  ].filter((line): line is string => !!line)

/** Wraps paragraphs in the plain branded layout, as a text part and an HTML part. */
const layout = (
  brand: Branding,
  subject: string,
  paragraphs: string[],
  link?: { href: string; label: string },
): RenderedEmail => {
  const contact = contactLines(brand)
  const text = [
    brand.siteName,
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    ...(link ? [`${link.label}: ${link.href}`, ''] : []),
    '--',
    brand.siteName,
    ...contact,
  ].join('\n')
  const html = [
    '<!doctype html><html><body style="font-family:Georgia,serif;color:#222;max-width:560px;margin:auto">',
    `<h2 style="color:#8a6d1d">${escapeHtml(brand.siteName)}</h2>`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    link
      ? `<p><a href="${escapeHtml(link.href)}" style="color:#8a6d1d">${escapeHtml(link.label)}</a></p>`
      : '',
    `<hr><p style="font-size:12px;color:#666">${[brand.siteName, ...contact].map(escapeHtml).join('<br>')}</p>`,
    '</body></html>',
  ].join('\n')
  return { subject: `${subject} · ${brand.siteName}`, text, html }
}

/**
 * The email for one notification. It carries the notification's message and nothing more, so it
 * says exactly what the in-app message may say to that recipient (a goldsmith's never names the
 * buyer or a price).
 */
export const notificationEmail = (
  type: NotificationType,
  message: string,
  brand: Branding,
  orderId?: string | null,
): RenderedEmail =>
  layout(
    brand,
    orderId ? `${notificationHeadline(type)}: ${orderId}` : notificationHeadline(type),
    [message],
  )

/** The password-reset email: a link to the storefront's reset page for this kind of account. */
export const passwordResetEmail = (brand: Branding, link: string): RenderedEmail =>
  layout(
    brand,
    'Reset your password',
    [
      'Someone asked to reset the password of your account. If it was you, open the link below within an hour and choose a new password.',
      'If you did not ask for this, ignore this email; your password stays as it is.',
    ],
    { href: link, label: 'Choose a new password' },
  )

/** The storefront page that completes a password reset. */
export const passwordResetLink = (siteUrl: string, collection: string, token: string): string =>
  `${siteUrl.replace(/\/$/, '')}/reset-password?collection=${encodeURIComponent(collection)}&token=${encodeURIComponent(token)}`
