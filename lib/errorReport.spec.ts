import { describe, expect, it } from 'vitest'

import { scrubErrorReport, scrubText } from './errorReport'

const report = {
  event_id: 'abc',
  message: 'Order for priya@demo.local failed',
  user: { id: 7, email: 'priya@demo.local', username: 'Priya Sharma', ip_address: '203.0.113.9' },
  request: {
    method: 'POST',
    url: 'https://shop.example/reset-password?token=5f2b9c0e4d7a41b2a3c9e8f7d6b5a4c3&email=a%40b.c',
    headers: {
      Cookie: 'payload-token=eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.sig',
      Authorization: 'JWT eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.sig',
      'X-Forwarded-For': '203.0.113.9',
      Referer: 'https://shop.example/login?next=/account',
      'User-Agent': 'Mozilla/5.0',
      'Content-Type': 'application/json',
    },
    cookies: { 'payload-token': 'secret' },
    data: { customerSnapshot: { name: 'Priya', phone: '98765 43210', address: '12 MG Road' } },
    query_string: 'token=abc',
  },
  exception: {
    values: [
      {
        type: 'Error',
        value: 'Cannot price ₹ 45,000 for +91 98765 43210 (Bearer abc.def)',
        stacktrace: { frames: [{ function: 'place', vars: { price: 45000, name: 'Priya' } }] },
      },
    ],
  },
  breadcrumbs: [
    { message: 'fetch /api/orders by ramesh@demo.local', data: { url: '/x', price: 5000 } },
  ],
  extra: { order: { totalAmount: 90000, priceAtOrder: 45000, ownerName: 'Ramesh', items: 2 } },
  contexts: { customer: { phone: '9876543210', city: 'Jaipur' } },
}

describe('scrubErrorReport', () => {
  const clean = scrubErrorReport(report)
  const text = JSON.stringify(clean)

  it('keeps no name, e-mail, phone, address, token, cookie, price or request body anywhere', () => {
    for (const secret of [
      'priya@demo.local',
      'ramesh@demo.local',
      'Priya',
      'Ramesh',
      '98765 43210',
      '9876543210',
      '12 MG Road',
      'eyJ',
      '5f2b9c0e4d7a41b2a3c9e8f7d6b5a4c3',
      'payload-token',
      '203.0.113.9',
      '45,000',
      '45000',
      '90000',
      '5000',
      'abc.def',
      'next=',
    ])
      expect(text, secret).not.toContain(secret)
  })

  it('keeps what says where and what broke', () => {
    expect(clean.user).toEqual({ id: 7 })
    expect(clean.request).toEqual({
      method: 'POST',
      url: 'https://shop.example/reset-password',
      headers: { 'User-Agent': 'Mozilla/5.0', 'Content-Type': 'application/json' },
    })
    expect(clean.exception.values[0].type).toBe('Error')
    expect(clean.exception.values[0].value).toBe(
      'Cannot price [amount] for [phone] (Bearer [token])',
    )
    expect(clean.exception.values[0].stacktrace.frames).toEqual([{ function: 'place' }])
    expect(clean.extra.order).toMatchObject({ items: 2 })
    expect(clean.contexts.customer).toMatchObject({ city: 'Jaipur' })
    expect(clean.event_id).toBe('abc')
  })

  it('drops a user without an id altogether', () => {
    expect(scrubErrorReport({ user: { email: 'a@b.example' } }).user).toBeUndefined()
  })
})

describe('scrubText', () => {
  it('leaves ordinary error text alone', () => {
    expect(scrubText('no such table: rates (order 24112601)')).toBe(
      'no such table: rates (order 24112601)',
    )
  })
})
