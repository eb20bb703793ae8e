import { testClientAddress } from './clients'
import type { PersonKey } from './people'
import { people, testGstins, testPassword } from './people'

export type Fixtures = {
  ids: Record<PersonKey, string | number>
  category: { id: string | number; slug: string }
  /** Published products, with the prices only staff and approved vendors may see. */
  products: { id: string | number; name: string; price: number }[]
  draftProductId: string | number
  /**
   * One session per person for the whole run. Payload keeps an account's sessions in one list that
   * each login reads and rewrites, so two test files signing the same person in at once could drop
   * each other's session; signing everyone in once, here, means they never race.
   */
  tokens: Record<PersonKey, string>
}

export type Call = (
  path: string,
  init?: { method?: string; token?: string; body?: unknown },
) => Promise<{
  status: number
  body: any
}>

/**
 * JSON calls to the server at `origin`, each from its own made-up client address (clients.ts), as
 * the set-up of a test or fuzz server makes them.
 */
export const callAt =
  (origin: string): Call =>
  async (p, init = {}) => {
    const res = await fetch(`${origin}${p}`, {
      method: init.method ?? (init.body ? 'POST' : 'GET'),
      headers: {
        'Content-Type': 'application/json',
        'X-Forwarded-For': testClientAddress(),
        ...(init.token ? { Authorization: `JWT ${init.token}` } : {}),
      },
      body: init.body ? JSON.stringify(init.body) : undefined,
    })
    const text = await res.text()
    return { status: res.status, body: text ? JSON.parse(text) : null }
  }

/** The body of a call that must succeed; throws with the answer otherwise. */
export const must = async (what: string, promise: ReturnType<Call>) => {
  const res = await promise
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body
}

/**
 * Builds the shared world of the HTTP tests through the public API only, the way the business
 * would: the first staff sign-up, admins creating staff and goldsmiths, people registering, an
 * admin approving two vendors, staff publishing a small catalogue.
 */
// What an admin gives a new goldsmith; the goldsmith replaces it with testPassword at once.
export const temporaryPassword = 'Temporary-pass-2026'

/**
 * The fixture products' prices, which only staff and approved vendors may see. Deliberately out of
 * step with names and creation order, so that a leak through sorting would show as a different
 * order of results; and numbers nothing else prints (no port, id or count), so that
 * scripts/checkLogSecrets.ts can find them in a server's log.
 */
export const fixturePrices = [
  { name: 'Aarohi Band', price: 61_319 },
  { name: 'Bhavya Solitaire', price: 15_293 },
  { name: 'Chandni Twist', price: 93_127 },
  { name: 'Damini Halo', price: 21_847 },
  { name: 'Esha Eternity', price: 31_571 },
]

/** The shop's details on tax invoices; its GSTIN's state (27) is vendor1's, not vendor2's. */
export const testInvoiceDetails = {
  legalName: 'Fixture Jewellers Private Limited',
  gstin: '27ABCFS1234K1Z7',
  address: '1 Zaveri Bazaar, Mumbai 400002',
}

/** The draft product's price (seen by staff only). */
export const draftPrice = 263_519

export const createFixtures = async (call: Call): Promise<Fixtures> => {
  const ids = {} as Fixtures['ids']
  const login = async (key: PersonKey, password = testPassword) => {
    const p = people[key]
    const body = await must(
      `login ${key}`,
      call(`/api/${p.collection}/login`, {
        body: { email: p.email, password },
      }),
    )
    return body.token as string
  }

  const first = await must(
    'first-register',
    call('/api/users/first-register', {
      body: { email: people.admin1.email, password: testPassword, name: 'Admin One' },
    }),
  )
  ids.admin1 = first.user.id
  const admin = await login('admin1')

  for (const key of ['admin2', 'staff1', 'staff2'] as const) {
    const body = await must(
      key,
      call('/api/users', {
        token: admin,
        body: {
          email: people[key].email,
          password: testPassword,
          name: key,
          role: people[key].role,
        },
      }),
    )
    ids[key] = body.doc.id
  }
  for (const key of ['customer1', 'customer2'] as const) {
    const body = await must(
      key,
      call('/api/customers', {
        body: { email: people[key].email, password: testPassword, name: key, phone: '9876543210' },
      }),
    )
    ids[key] = body.doc.id
  }
  const vendorKeys = ['pendingVendor1', 'pendingVendor2', 'vendor1', 'vendor2'] as const
  for (const [i, key] of vendorKeys.entries()) {
    const body = await must(
      key,
      call('/api/vendors', {
        body: {
          email: people[key].email,
          password: testPassword,
          businessName: `${key} Jewellers`,
          ownerName: key,
          phone: '+91 98765 4321' + i,
          gstNumber: testGstins[i % 2],
          city: 'Jaipur',
        },
      }),
    )
    ids[key] = body.doc.id
  }
  for (const key of ['vendor1', 'vendor2'] as const) {
    await must(
      `approve ${key}`,
      call(`/api/vendors/${ids[key]}`, {
        method: 'PATCH',
        token: admin,
        body: { status: 'approved' },
      }),
    )
  }
  for (const key of ['goldsmith1', 'goldsmith2'] as const) {
    const body = await must(
      key,
      call('/api/goldsmiths', {
        token: admin,
        body: {
          email: people[key].email,
          password: temporaryPassword,
          name: key,
          phone: '9123456780',
        },
      }),
    )
    ids[key] = body.doc.id
    // A password set by staff is temporary: the goldsmith's first act is to choose its own.
    const temporary = await login(key, temporaryPassword)
    await must(
      `${key} sets its own password`,
      call(`/api/goldsmiths/${body.doc.id}`, {
        method: 'PATCH',
        token: temporary,
        body: { password: testPassword },
      }),
    )
  }

  // The shop as the seller on vendors' tax invoices: in vendor1's state, not vendor2's.
  await must(
    'invoice details',
    call('/api/globals/site-settings', {
      token: admin,
      body: { invoiceDetails: testInvoiceDetails },
    }),
  )

  const staff = await login('staff1')
  const category = (
    await must(
      'category',
      call('/api/categories', {
        token: staff,
        body: { name: 'Fixture Rings', sizes: ['12', '14', '16', '18'] },
      }),
    )
  ).doc
  const products: Fixtures['products'] = []
  for (const [i, p] of fixturePrices.entries()) {
    const body = await must(
      p.name,
      call('/api/products', {
        token: staff,
        body: {
          name: p.name,
          sku: `FIX-${i + 1}`,
          category: category.id,
          metal: 'gold',
          purity: '22K',
          grossWeight: 5 + i,
          netWeight: 4 + i,
          stoneWeight: 0.5,
          price: p.price,
          wastage: 8 + i,
          makingCharges: 1000 + i * 111,
          status: 'published',
          tags: ['fixture'],
          // The first takes its category's sizes (sent without any); the rest are one-size pieces.
          ...(i === 0 ? {} : { sizes: [] }),
        },
      }),
    )
    products.push({ id: body.doc.id, name: p.name, price: p.price })
  }
  const draft = await must(
    'draft',
    call('/api/products', {
      token: staff,
      body: {
        name: 'Secret Draft Choker',
        sku: 'FIX-DRAFT',
        category: category.id,
        metal: 'gold',
        purity: '18K',
        grossWeight: 20,
        netWeight: 18,
        price: draftPrice,
        wastage: 12,
        makingCharges: 9000,
        status: 'draft',
      },
    }),
  )
  const tokens = {} as Fixtures['tokens']
  for (const key of Object.keys(people) as PersonKey[]) tokens[key] = await login(key)
  return {
    ids,
    category: { id: category.id, slug: category.slug },
    products,
    draftProductId: draft.doc.id,
    tokens,
  }
}
