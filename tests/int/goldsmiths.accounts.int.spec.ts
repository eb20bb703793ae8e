import { describe, expect, it } from 'vitest'

import { passwordProblem } from '@/lib/password'

import { newGoldsmithBody, uniqueEmail } from '../helpers/accounts'
import { api, gql, tokenFor } from '../helpers/http'
import { placeOrder, transition } from '../helpers/orders'

const signIn = async (email: string, password: string) =>
  api('/api/goldsmiths/login', { body: { email, password } })

/** An admin creates a goldsmith; without `password` the server makes one and shows it once. */
const adminCreates = async (password?: string) => {
  const email = uniqueEmail('karigar')
  const res = await api('/api/goldsmiths', {
    token: await tokenFor('admin1'),
    body: { email, name: 'New Karigar', phone: '9123456780', ...(password ? { password } : {}) },
  })
  expect(res.status).toBe(201)
  return { id: res.body.doc.id, email, res }
}

/**
 * An admin creates a goldsmith with the temporary password `Typed-temp-2026`; the goldsmith signs
 * in with it and PATCHes its own password to `My-own-pass-2026`.
 */
const goldsmithWithOwnPassword = async () => {
  const { id, email } = await adminCreates('Typed-temp-2026')
  const temporary = (await signIn(email, 'Typed-temp-2026')).body.token
  const changed = await api(`/api/goldsmiths/${id}`, {
    method: 'PATCH',
    token: temporary,
    body: { password: 'My-own-pass-2026' },
  })
  expect(changed.status).toBe(200)
  return { id, email }
}

describe('goldsmiths: temporary passwords', () => {
  it('generates a strong temporary password, shows it once, and never again', async () => {
    const { id, email, res } = await adminCreates()
    const temporary = res.body.doc.temporaryPassword
    expect(typeof temporary).toBe('string')
    expect(passwordProblem(temporary)).toBeNull()
    expect(res.body.doc.mustChangePassword).toBe(true)
    expect((await signIn(email, temporary)).status).toBe(200)
    const later = await api(`/api/goldsmiths/${id}`, { token: await tokenFor('admin1') })
    expect(JSON.stringify(later.body)).not.toContain(temporary)
    expect(later.body).not.toHaveProperty('temporaryPassword')
  })

  it('takes a temporary password typed by the admin, refusing a weak one by name', async () => {
    const weak = await api('/api/goldsmiths', {
      token: await tokenFor('admin1'),
      body: newGoldsmithBody({ email: uniqueEmail('weak'), password: 'short', name: 'W' }),
    })
    expect(weak.status).toBe(400)
    expect(JSON.stringify(weak.body)).toContain('password')
    const { email, res } = await adminCreates('Typed-temp-2026')
    expect(res.body.doc).not.toHaveProperty('temporaryPassword')
    expect((await signIn(email, 'Typed-temp-2026')).status).toBe(200)
  })

  it('refuses orders and notifications to a goldsmith until it sets its own password', async () => {
    const { id, email } = await adminCreates('Typed-temp-2026')
    const token = (await signIn(email, 'Typed-temp-2026')).body.token
    for (const path of [
      '/api/orders',
      '/api/notifications',
      '/api/notifications/unread-count',
      `/api/orders/1`,
    ]) {
      const res = await api(path, { token })
      expect(res.status, path).toBe(403)
      expect(JSON.stringify(res.body), path).toMatch(/set a new password/i)
    }
    const marked = await api('/api/notifications/mark-all-read', { method: 'POST', token })
    expect(marked.status).toBe(403)
    const graph = await gql('{ Orders { docs { id } } }', token)
    expect(JSON.stringify(graph.errors)).toMatch(/set a new password/i)

    // It may not clear the flag by hand…
    await api(`/api/goldsmiths/${id}`, {
      method: 'PATCH',
      token,
      body: { mustChangePassword: false },
    })
    expect((await api('/api/orders', { token })).status).toBe(403)

    // …only by choosing a password, which a weak one is not.
    const weak = await api(`/api/goldsmiths/${id}`, {
      method: 'PATCH',
      token,
      body: { password: 'abc' },
    })
    expect(weak.status).toBe(400)
    expect(JSON.stringify(weak.body)).toContain('password')
    // Nor the temporary one again: the whole point is a password staff never saw.
    const same = await api(`/api/goldsmiths/${id}`, {
      method: 'PATCH',
      token,
      body: { password: 'Typed-temp-2026' },
    })
    expect(same.status).toBe(400)
    expect(same.body.errors[0].data.errors[0]).toMatchObject({
      path: 'password',
      message: 'Choose a new password, not the temporary one',
    })
    expect((await api('/api/orders', { token })).status).toBe(403)
    const changed = await api(`/api/goldsmiths/${id}`, {
      method: 'PATCH',
      token,
      body: { password: 'My-own-pass-2026' },
    })
    expect(changed.status).toBe(200)
    expect(changed.body.doc.mustChangePassword).toBe(false)
    const fresh = (await signIn(email, 'My-own-pass-2026')).body.token
    expect((await api('/api/orders', { token: fresh })).status).toBe(200)
    expect((await api('/api/notifications/unread-count', { token: fresh })).status).toBe(200)
  })

  it('makes the password temporary again when an admin resets it', async () => {
    const { id, email } = await goldsmithWithOwnPassword()
    const reset = await api(`/api/goldsmiths/${id}`, {
      method: 'PATCH',
      token: await tokenFor('admin1'),
      body: { password: 'Reset-by-admin-2026' },
    })
    expect(reset.status).toBe(200)
    expect(reset.body.doc.mustChangePassword).toBe(true)
    const token = (await signIn(email, 'Reset-by-admin-2026')).body.token
    expect((await api('/api/orders', { token })).status).toBe(403)
  })

  it('refuses a transition by a goldsmith still on its temporary password', async () => {
    const { id, email } = await goldsmithWithOwnPassword()
    const order = await placeOrder('customer2')
    await transition('staff1', order.id, { action: 'accept' })
    expect((await transition('staff1', order.id, { action: 'assign', goldsmith: id })).status).toBe(
      200,
    )
    await api(`/api/goldsmiths/${id}`, {
      method: 'PATCH',
      token: await tokenFor('admin1'),
      body: { password: 'Reset-by-admin-2026' },
    })
    const token = (await signIn(email, 'Reset-by-admin-2026')).body.token
    const res = await api(`/api/orders/${order.id}/transition`, {
      token,
      body: { action: 'complete' },
    })
    expect(res.status).toBe(403)
    expect(JSON.stringify(res.body)).toMatch(/set a new password/i)
  })
})

describe('goldsmiths: work history', () => {
  it('counts assigned and completed work and the average turnaround, for staff only', async () => {
    const { id, email } = await goldsmithWithOwnPassword()
    const token = (await signIn(email, 'My-own-pass-2026')).body.token
    for (const complete of [true, false]) {
      const order = await placeOrder('customer1')
      await transition('staff1', order.id, { action: 'accept' })
      await transition('staff1', order.id, { action: 'assign', goldsmith: id })
      if (complete) {
        const res = await api(`/api/orders/${order.id}/transition`, {
          token,
          body: { action: 'complete' },
        })
        expect(res.status).toBe(200)
      }
    }
    const res = await api('/api/goldsmiths/workload', { token: await tokenFor('staff1') })
    expect(res.status).toBe(200)
    const row = res.body.docs.find((d: any) => d.id === id)
    expect(row).toMatchObject({ assigned: 2, underProcess: 1, completed: 1 })
    expect(typeof row.averageTurnaroundHours).toBe('number')
    expect(row.averageTurnaroundHours).toBeGreaterThanOrEqual(0)
    expect((await api('/api/goldsmiths/workload', { token })).status).toBe(403)
    expect(
      (await api('/api/goldsmiths/workload', { token: await tokenFor('customer1') })).status,
    ).toBe(403)
  })
})
