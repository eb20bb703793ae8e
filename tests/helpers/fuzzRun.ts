import { randomBytes } from 'crypto'
import fc from 'fast-check'

import { testClientAddress } from './clients'
import type { Call } from './fixtures'
import { must } from './fixtures'
import type { FuzzCase, FuzzRequest, FuzzWorld, SignedInActor } from './fuzzCases'
import { fuzzCase, toRequest } from './fuzzCases'

/*
 * Runs the fuzz over HTTP (scripts/fuzz.ts for 10 000+ cases, tests/int/reliability.fuzz.int.spec.ts
 * for a seeded few hundred) and checks what it leaves in the database.
 */

/** The password of the fuzz's own accounts: no case ever sends it, so none can change it. */
const actorPassword = 'Actor-pass-2026!z'

/**
 * The fuzz's own accounts, one or two of each kind, made through the public API as the business
 * makes them, and signed in once each: cases vary what is sent, not who sends it, so sign-in
 * throttles never leave the run anonymous. Only these accounts (and orders they place) are ever
 * written to; other people's ids are only asked about.
 */
export const prepareFuzzWorld = async (
  call: Call,
  given: {
    adminToken: string
    products: (number | string)[]
    draftProduct: number | string
    categorySlug: string
    productSlugs: string[]
  },
): Promise<FuzzWorld> => {
  const run = randomBytes(4).toString('hex')
  const emailOf = (who: SignedInActor) => `fuzz-${run}-${who.toLowerCase()}@fuzz.example`
  const ids = {} as FuzzWorld['ids']
  const emails = {} as FuzzWorld['emails']
  const admin = given.adminToken
  const create = async (who: SignedInActor, collection: string, body: object, token?: string) => {
    emails[who] = emailOf(who)
    const created = await must(
      `create ${who}`,
      call(`/api/${collection}`, {
        token,
        body: { email: emails[who], password: actorPassword, ...body },
      }),
    )
    ids[who] = created.doc.id
  }
  await create('customer', 'customers', { name: 'Fuzz One', phone: '9876543210' })
  await create('customer2', 'customers', { name: 'Fuzz Two', phone: '9876543211' })
  const vendor = {
    businessName: 'Fuzz Jewellers',
    ownerName: 'Fuzz',
    gstNumber: '27AAPFU0939F1ZV',
    city: 'Jaipur',
  }
  await create('vendor', 'vendors', { ...vendor, phone: '+91 98765 43212' })
  await create('vendor2', 'vendors', { ...vendor, phone: '+91 98765 43213' })
  await create('pendingVendor', 'vendors', { ...vendor, phone: '+91 98765 43214' })
  for (const who of ['vendor', 'vendor2'] as const)
    await must(
      `approve ${who}`,
      call(`/api/vendors/${ids[who]}`, {
        method: 'PATCH',
        token: admin,
        body: { status: 'approved' },
      }),
    )
  await create('staff', 'users', { name: 'Fuzz Staff', role: 'staff' }, admin)
  await create('admin', 'users', { name: 'Fuzz Admin', role: 'admin' }, admin)
  const login = async (who: SignedInActor, collection: string, password = actorPassword) =>
    (
      await must(
        `login ${who}`,
        call(`/api/${collection}/login`, { body: { email: emails[who], password } }),
      )
    ).token as string
  for (const who of ['goldsmith', 'goldsmith2'] as const) {
    // Staff give a karigar a temporary password; the karigar sets its own before anything else.
    await create(
      who,
      'goldsmiths',
      { name: `Fuzz ${who}`, phone: '9123456780', password: 'Temporary-pass-2026' },
      admin,
    )
    const temporary = await login(who, 'goldsmiths', 'Temporary-pass-2026')
    await must(
      `${who} sets its password`,
      call(`/api/goldsmiths/${ids[who]}`, {
        method: 'PATCH',
        token: temporary,
        body: { password: actorPassword },
      }),
    )
  }
  const collectionOf: Record<SignedInActor, string> = {
    customer: 'customers',
    customer2: 'customers',
    vendor: 'vendors',
    vendor2: 'vendors',
    pendingVendor: 'vendors',
    goldsmith: 'goldsmiths',
    goldsmith2: 'goldsmiths',
    staff: 'users',
    admin: 'users',
  }
  const tokens = {} as FuzzWorld['tokens']
  for (const who of Object.keys(collectionOf) as SignedInActor[])
    tokens[who] = await login(who, collectionOf[who])
  const world: FuzzWorld = {
    run,
    tokens,
    ids,
    emails,
    orders: [],
    ...given,
  }
  // A few orders to move from the first case on; cases place more.
  for (const who of ['customer', 'vendor', 'customer2', 'vendor2'] as const) {
    const placed = await must(
      `order by ${who}`,
      call('/api/orders', {
        token: tokens[who],
        body: {
          items: [{ product: given.products[1], quantity: 1 }],
          customerSnapshot: { address: '12 MG Road, Jaipur, Rajasthan' },
        },
      }),
    )
    world.orders.push(placed.doc.id)
  }
  return world
}

export type FuzzOutcome = {
  actor: string
  request: FuzzRequest
  status: number
  body: string
  ms: number
}

// One client address for a slice of the cases, so that throttles (per client) fire during a run.
const steadyClient = testClientAddress()

const describeBody = (body: FuzzRequest['body']) =>
  body === undefined
    ? ''
    : typeof body === 'string'
      ? body.slice(0, 600) + (body.length > 600 ? `… (${body.length} chars)` : '')
      : '[multipart form]'

/** A request and its answer, short enough to read in a test report. */
export const describeOutcome = (o: FuzzOutcome) =>
  `${o.request.method} ${o.request.path.slice(0, 400)}\n  headers: ${JSON.stringify({ ...o.request.headers, ...(o.request.headers.Authorization ? { Authorization: `JWT <${o.actor}>` } : {}) })}\n  body: ${describeBody(o.request.body)}\n  → ${o.status} in ${o.ms} ms: ${o.body.slice(0, 800)}`

/** Sends one case and notes what it placed. A request left unanswered for a minute fails it. */
export const sendCase = async (
  origin: string,
  world: FuzzWorld,
  c: FuzzCase,
  caseIndex: number,
): Promise<FuzzOutcome> => {
  const request = toRequest(world, c)
  const actor = 'actor' in c ? c.actor : 'anonymous'
  const started = performance.now()
  const res = await fetch(`${origin}${request.path}`, {
    method: request.method,
    headers: {
      'X-Forwarded-For': caseIndex % 8 === 0 ? steadyClient : testClientAddress(),
      ...request.headers,
    },
    body: request.body,
    redirect: 'manual',
    signal: AbortSignal.timeout(60_000),
  }).catch((error: Error) => ({
    status: 599,
    text: async () => `no answer: ${error.message}`,
    json: async () => null,
  }))
  const text = await res.text()
  if (c.kind === 'place' && res.status === 201) {
    const doc = JSON.parse(text).doc
    world.orders.push(doc.id)
    if (!doc.items?.length || !doc.history?.length)
      return {
        actor,
        request,
        status: 598,
        body: `placed without items or history: ${text}`,
        ms: 0,
      }
  }
  return {
    actor,
    request,
    status: res.status,
    body: text,
    ms: Math.round(performance.now() - started),
  }
}

export type FuzzTally = {
  cases: number
  byStatus: Record<number, number>
  byKind: Record<string, number>
  failures: string[]
}

/**
 * The property: every case is answered, never with a 5xx. `onFailure` sees each failing case with
 * its seed and path, which replay it (`FUZZ_SEED=<seed> FUZZ_PATH=<path>`).
 */
export const fuzzProperty = (
  origin: string,
  world: FuzzWorld,
  tally: FuzzTally,
  seed: number,
  // 'survey' runs every case and lists each 5xx (its path is its index); 'assert' stops at the first
  // and lets fast-check shrink it.
  mode: 'survey' | 'assert',
) =>
  fc.asyncProperty(
    fuzzCase(() => world),
    async (c) => {
      const index = tally.cases++
      const outcome = await sendCase(origin, world, c, index)
      tally.byStatus[outcome.status] = (tally.byStatus[outcome.status] ?? 0) + 1
      tally.byKind[c.kind] = (tally.byKind[c.kind] ?? 0) + 1
      if (outcome.status >= 500) {
        const where =
          mode === 'survey'
            ? `seed ${seed}, path ${index}`
            : `seed ${seed} (path in fast-check's report)`
        const report = `5xx at ${where} (case ${c.kind}):\n  ${describeOutcome(outcome)}`
        tally.failures.push(report)
        console.error(report)
        return mode === 'survey'
      }
      return true
    },
  )

export const newTally = (): FuzzTally => ({ cases: 0, byStatus: {}, byKind: {}, failures: [] })

/** Each fuzz account's session still answers `me`: the run kept signing in as itself. */
export const signedOut = async (origin: string, world: FuzzWorld): Promise<string[]> => {
  const collectionOf = (who: SignedInActor) =>
    who.startsWith('customer')
      ? 'customers'
      : who.toLowerCase().includes('vendor')
        ? 'vendors'
        : who.startsWith('goldsmith')
          ? 'goldsmiths'
          : 'users'
  const out: string[] = []
  for (const [who, token] of Object.entries(world.tokens) as [SignedInActor, string][]) {
    const res = await fetch(`${origin}/api/${collectionOf(who)}/me`, {
      headers: { Authorization: `JWT ${token}` },
    })
    if (!(await res.json()).user) out.push(who)
  }
  return out
}
