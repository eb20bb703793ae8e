import { describe, expect, inject, it } from 'vitest'

import { api, gql, tokenFor } from '../helpers/http'
import { waitForMail } from '../helpers/smtp'
import type { PersonKey } from '../helpers/people'

const { ids } = inject('fixtures')
const readers = [
  'anonymous',
  'customer1',
  'pendingVendor1',
  'vendor1',
  'goldsmith1',
  'staff1',
] as const
const nonAdmins = [
  'customer1',
  'customer2',
  'pendingVendor1',
  'vendor1',
  'vendor2',
  'goldsmith1',
  'goldsmith2',
  'staff1',
  'staff2',
] as const satisfies readonly PersonKey[]
const admins = ['admin1', 'admin2'] as const
const tokenOf = async (who: PersonKey | 'anonymous') => (who === 'anonymous' ? null : tokenFor(who))

/** A rate no other test has set, so a read can tell this test's write from any other. */
let nextRate = 7000 + (Date.now() % 1000)
const freshRates = () => ({ gold: ++nextRate, silver: 80 + (nextRate % 20) })

const setRates = async (who: PersonKey, rates = freshRates()) => {
  const res = await api('/api/globals/rates', { token: await tokenFor(who), body: rates })
  expect(res.status).toBe(200)
  return rates
}

describe('globals: rates', () => {
  it.each(readers)('lets %s read the rates', async (who) => {
    const rates = await setRates('admin1')
    const res = await api('/api/globals/rates', { token: await tokenOf(who) })
    expect(res.status).toBe(200)
    expect(res.body.gold).toBe(rates.gold)
    expect(res.body.silver).toBe(rates.silver)
  })

  it.each(nonAdmins)('refuses %s updating the rates over REST', async (who) => {
    const before = await setRates('admin1')
    const res = await api('/api/globals/rates', {
      token: await tokenFor(who),
      body: { gold: 1, silver: 1 },
    })
    expect(res.status).toBe(403)
    const after = await api('/api/globals/rates')
    expect(after.body.gold).toBe(before.gold)
  })

  it('refuses an anonymous rates update over REST', async () => {
    const before = await setRates('admin1')
    const res = await api('/api/globals/rates', { body: { gold: 1, silver: 1 } })
    expect(res.status).toBe(403)
    expect((await api('/api/globals/rates')).body.gold).toBe(before.gold)
  })

  // Payload names a global's GraphQL type in the singular: `rates` becomes `Rate` / `updateRate`.
  it.each(nonAdmins)('refuses %s the updateRate mutation', async (who) => {
    const before = await setRates('admin1')
    const res = await gql(
      'mutation { updateRate(data: { gold: 1, silver: 1 }) { gold } }',
      await tokenFor(who),
    )
    expect(res.errors?.[0]?.message).toMatch(/You are not allowed to perform this action/)
    expect(res.data?.updateRate ?? null).toBeNull()
    expect((await api('/api/globals/rates')).body.gold).toBe(before.gold)
  })

  it.each(admins)('lets %s update the rates over REST', async (who) => {
    const rates = freshRates()
    const res = await api('/api/globals/rates', { token: await tokenFor(who), body: rates })
    expect(res.status).toBe(200)
    expect((await api('/api/globals/rates')).body.gold).toBe(rates.gold)
  })

  it.each(admins)('lets %s update the rates through GraphQL', async (who) => {
    const rates = freshRates()
    const res = await gql(
      `mutation { updateRate(data: { gold: ${rates.gold}, silver: ${rates.silver} }) { gold silver } }`,
      await tokenFor(who),
    )
    expect(res.errors).toBeUndefined()
    expect(res.data.updateRate).toEqual(rates)
    expect((await api('/api/globals/rates')).body.gold).toBe(rates.gold)
  })

  it.each(admins)('records %s as updatedBy, visible to staff', async (who) => {
    await setRates(who)
    const res = await api('/api/globals/rates?depth=0', { token: await tokenFor('staff1') })
    expect(res.status).toBe(200)
    expect(res.body.updatedBy).toBe(ids[who])
  })

  it.each(['anonymous', 'customer1', 'vendor1', 'goldsmith1'] as const)(
    'hides updatedBy from %s',
    async (who) => {
      await setRates('admin1')
      const res = await api('/api/globals/rates', { token: await tokenOf(who) })
      expect(res.status).toBe(200)
      expect(res.body).not.toHaveProperty('updatedBy')
    },
  )

  it.each(['anonymous', 'customer1'] as const)(
    'hides updatedBy from %s in GraphQL',
    async (who) => {
      await setRates('admin1')
      const res = await gql('{ Rate { gold updatedBy { id email } } }', await tokenOf(who))
      expect(res.data.Rate.updatedBy).toBeNull()
      expect(JSON.stringify(res)).not.toContain('admin1@')
    },
  )

  it('ignores an updatedBy sent by the admin', async () => {
    const res = await api('/api/globals/rates', {
      token: await tokenFor('admin1'),
      body: { ...freshRates(), updatedBy: ids.staff2 },
    })
    expect(res.status).toBe(200)
    const read = await api('/api/globals/rates?depth=0', { token: await tokenFor('staff1') })
    expect(read.body.updatedBy).toBe(ids.admin1)
  })

  it('refuses a negative gold rate with 400 naming gold, keeping the old rate', async () => {
    const before = await setRates('admin1')
    const res = await api('/api/globals/rates', {
      token: await tokenFor('admin1'),
      body: { gold: -5, silver: 90 },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('gold')
    expect((await api('/api/globals/rates')).body.gold).toBe(before.gold)
  })

  it('refuses a negative silver rate with 400 naming silver', async () => {
    const res = await api('/api/globals/rates', {
      token: await tokenFor('admin1'),
      body: { gold: 7000, silver: -1 },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('silver')
  })
})

describe('globals: rate history', () => {
  it.each(['staff1', 'staff2', 'admin1'] as const)('lets %s read the rate history', async (who) => {
    const first = await setRates('admin1')
    const second = await setRates('admin2')
    const res = await api('/api/globals/rates/versions?sort=-updatedAt&limit=2&depth=0', {
      token: await tokenFor(who),
    })
    expect(res.status).toBe(200)
    const versions = res.body.docs.map((d: any) => d.version)
    expect(versions.map((v: any) => v.gold)).toEqual([second.gold, first.gold])
    expect(versions.map((v: any) => v.updatedBy)).toEqual([ids.admin2, ids.admin1])
  })

  it.each(['anonymous', 'customer1', 'vendor1', 'goldsmith1'] as const)(
    'refuses %s the rate history',
    async (who) => {
      await setRates('admin1')
      const res = await api('/api/globals/rates/versions', { token: await tokenOf(who) })
      expect(res.status).toBe(403)
      expect(res.body.docs).toBeUndefined()
    },
  )

  it.each(['anonymous', 'customer1'] as const)(
    'refuses %s the rate history in GraphQL',
    async (who) => {
      const res = await gql('{ versionsRate { docs { version { gold } } } }', await tokenOf(who))
      expect(res.errors?.[0]?.message).toMatch(/You are not allowed to perform this action/)
      expect(res.data?.versionsRate ?? null).toBeNull()
    },
  )
})

describe('globals: site settings', () => {
  it.each(readers)('lets %s read the site settings', async (who) => {
    const res = await api('/api/globals/site-settings', { token: await tokenOf(who) })
    expect(res.status).toBe(200)
    expect(typeof res.body.siteName).toBe('string')
    expect(typeof res.body.timeZone).toBe('string')
  })

  it.each(nonAdmins)('refuses %s updating the site settings', async (who) => {
    const footerText = `Refused footer ${Date.now()}`
    const res = await api('/api/globals/site-settings', {
      token: await tokenFor(who),
      body: { footerText },
    })
    expect(res.status).toBe(403)
    expect((await api('/api/globals/site-settings')).body.footerText).not.toBe(footerText)
  })

  it.each(nonAdmins)('refuses %s the updateSiteSetting mutation', async (who) => {
    const footerText = `Refused footer ${Date.now()}`
    const res = await gql(
      `mutation { updateSiteSetting(data: { siteName: "Refused", footerText: "${footerText}", timeZone: "Asia/Kolkata" }) { footerText } }`,
      await tokenFor(who),
    )
    expect(res.errors?.[0]?.message).toMatch(/You are not allowed to perform this action/)
    expect(res.data?.updateSiteSetting ?? null).toBeNull()
    expect((await api('/api/globals/site-settings')).body.footerText).not.toBe(footerText)
  })

  it.each(admins)('lets %s update the site settings', async (who) => {
    const footerText = `Footer by ${who} ${Date.now()}`
    const res = await api('/api/globals/site-settings', {
      token: await tokenFor(who),
      body: { footerText },
    })
    expect(res.status).toBe(200)
    expect((await api('/api/globals/site-settings')).body.footerText).toBe(footerText)
  })

  it('refuses the time zone Mars/Phobos with 400 naming timeZone', async () => {
    const before = (await api('/api/globals/site-settings')).body.timeZone
    const res = await api('/api/globals/site-settings', {
      token: await tokenFor('admin1'),
      body: { timeZone: 'Mars/Phobos' },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('timeZone')
    expect((await api('/api/globals/site-settings')).body.timeZone).toBe(before)
  })

  it('charges 3 % GST until an admin sets another rate', async () => {
    expect((await api('/api/globals/site-settings')).body.gstRate).toBe(3)
  })

  it.each([28.5, -1, 3.125, 'three'])(
    'refuses the GST rate %j with 400 naming gstRate',
    async (gstRate) => {
      const res = await api('/api/globals/site-settings', {
        token: await tokenFor('admin2'),
        body: { gstRate },
      })
      expect(res.status).toBe(400)
      expect(JSON.stringify(res.body)).toContain('"path":"gstRate"')
      expect((await api('/api/globals/site-settings')).body.gstRate).toBe(3)
    },
  )

  it('refuses a social link that is not https, naming url', async () => {
    const res = await api('/api/globals/site-settings', {
      token: await tokenFor('admin1'),
      body: { socialLinks: [{ platform: 'instagram', url: 'javascript:alert(1)' }] },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('url')
  })
})

/** The newest audit entry for a global, read as an admin. */
const newestAuditEntry = async (target: 'rates' | 'site-settings') => {
  const res = await api(`/api/audit-logs?where[target][equals]=${target}&sort=-createdAt&limit=1`, {
    token: await tokenFor('admin1'),
  })
  expect(res.status).toBe(200)
  return res.body.docs[0]
}

describe('globals: audit trail', () => {
  it('records a rates change with the admin and the new rate', async () => {
    const rates = await setRates('admin2')
    const entry = await newestAuditEntry('rates')
    expect(entry.targetId ?? null).toBeNull()
    expect(entry.actorId).toBe(String(ids.admin2))
    expect(entry.changes).toContainEqual(
      expect.objectContaining({ field: 'gold', after: rates.gold }),
    )
    // The setter is recorded as an id: never a copy of the account with its sessions.
    const setter = entry.changes.find((change: { field: string }) => change.field === 'updatedBy')
    if (setter) expect(setter.after).toBe(ids.admin2)
    expect(JSON.stringify(entry.changes)).not.toMatch(/sessions|"email"/)
  })

  it('records a site-settings change with before and after', async () => {
    const before = (await api('/api/globals/site-settings')).body.footerText ?? null
    const footerText = `Audited footer ${Date.now()}`
    const res = await api('/api/globals/site-settings', {
      token: await tokenFor('admin1'),
      body: { footerText },
    })
    expect(res.status).toBe(200)
    expect((await newestAuditEntry('site-settings')).changes).toContainEqual({
      field: 'footerText',
      before,
      after: footerText,
    })
  })
})

describe('contact form: reaching the shop', () => {
  it('raises a message for every staff member and emails the contact address in site settings', async () => {
    const shop = `shop.${Date.now()}@test.example`
    const set = await api('/api/globals/site-settings', {
      token: await tokenFor('admin1'),
      body: { contact: { email: shop } },
    })
    expect(set.status).toBe(200)
    const name = `Meera ${Date.now()}`
    const sent = await api('/contact/send', {
      body: {
        name,
        email: 'meera@buyer.example',
        phone: '98765 43210',
        message: 'Do you make temple jewellery to order?',
      },
    })
    expect(sent.status).toBe(200)

    const mail = await waitForMail(shop, (m) => m.text.includes(name))
    expect(mail.subject).toMatch(/New contact message/)
    expect(mail.text).toContain('meera@buyer.example')
    expect(mail.text).toContain('Do you make temple jewellery to order?')
    for (const who of ['admin1', 'staff1', 'staff2'] as const) {
      const inbox = await api(
        `/api/notifications?where[type][equals]=contact_message&limit=50&sort=-createdAt`,
        { token: await tokenFor(who) },
      )
      expect(
        inbox.body.docs.some((n: { message: string }) => n.message.includes(name)),
        who,
      ).toBe(true)
    }
    const customer = await api('/api/notifications?where[type][equals]=contact_message', {
      token: await tokenFor('customer1'),
    })
    expect(customer.body.totalDocs).toBe(0)
  })

  it('names the field of a bad message with 400 and raises nothing', async () => {
    const res = await api('/contact/send', {
      body: { name: 'M', email: 'not-an-email', message: 'short' },
    })
    expect(res.status).toBe(400)
    expect(Object.keys(res.body.errors).sort()).toEqual(['email', 'message', 'name'])
  })
})
