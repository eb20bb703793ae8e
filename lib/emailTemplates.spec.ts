import { describe, expect, it } from 'vitest'

import { notificationEmail, passwordResetEmail, passwordResetLink } from './emailTemplates'

const brand = { siteName: 'Sona House', contactEmail: 'hello@sona.example', contactPhone: '+91 1' }

describe('notificationEmail', () => {
  const email = notificationEmail(
    'order_assigned',
    'Order 24112601 is assigned to you.',
    brand,
    '24112601',
  )

  it('has a branded subject naming the order', () => {
    expect(email.subject).toBe('New work assigned to you: 24112601 · Sona House')
  })

  it('has a text part and an HTML part with the message and the contact details', () => {
    for (const part of [email.text, email.html]) {
      expect(part).toContain('Order 24112601 is assigned to you.')
      expect(part).toContain('hello@sona.example')
      expect(part).toContain('Sona House')
    }
    expect(email.html).toMatch(/^<!doctype html>/)
    expect(email.text).not.toContain('<')
  })

  it('escapes HTML in what it is given', () => {
    const e = notificationEmail('vendor_registered', 'New vendor: <b>Gold & Co</b>', {
      siteName: 'A<B',
    })
    expect(e.html).toContain('&lt;b&gt;Gold &amp; Co&lt;/b&gt;')
    expect(e.html).toContain('A&lt;B')
    expect(e.html).not.toContain('<b>')
  })

  it('leaves out contact lines the settings do not have', () => {
    expect(notificationEmail('order_placed', 'x', { siteName: 'S' }).text).not.toContain('Email:')
  })
})

describe('passwordResetEmail', () => {
  it('links to the storefront reset page for the account kind', () => {
    const link = passwordResetLink('https://shop.example/', 'vendors', 'ab c')
    expect(link).toBe('https://shop.example/reset-password?collection=vendors&token=ab%20c')
    const email = passwordResetEmail(brand, link)
    expect(email.text).toContain(link)
    expect(email.html).toContain(
      'href="https://shop.example/reset-password?collection=vendors&amp;token=ab%20c"',
    )
    expect(email.subject).toBe('Reset your password · Sona House')
  })
})
