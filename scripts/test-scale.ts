/**
 * `npm run test:scale`: the app as two instances behind a round-robin proxy, on one PostgreSQL
 * database and one Redis, checked for what must be shared. Each check names the switch (an
 * environment variable) that turns its shared part off; set it when running this script and that
 * check fails, which is how each is shown able to fail:
 *
 *   PAGE_CACHE_STORE=memory npm run test:scale   # the cache check fails
 *   THROTTLE_STORE=memory npm run test:scale     # the brute-force check fails
 *   JOBS_RUNNER_LOCK=off npm run test:scale      # the email check may fail (a race)
 *   SCALE_SWITCHED_OFF=true npm run test:scale   # passes only if the first two fail (CI runs it)
 *
 * Needs the production build (the npm script builds it if stale), `redis-server` on the PATH and a
 * PostgreSQL server (SCALE_DATABASE_URL, else TEST_DATABASE_URL, else the local one), on which it
 * makes a fresh database and drops it afterwards.
 */
import { createFreshDatabase, dropTestDatabases } from './lib/databases'
import { startNextServer, testBuildDir, throwawaySecret } from './lib/nextServer'
import type { NextServer } from './lib/nextServer'
import { startRedisServer } from './lib/redisServer'
import { startRoundRobinProxy } from './lib/roundRobinProxy'
import { readMailbox, startSmtpServer } from '../tests/helpers/smtpServer'

/**
 * SCALE_SWITCHED_OFF=true runs the control instead: the instances start with the shared page cache
 * and the shared throttle store switched off, only the checks of those two run, and it passes only
 * when both fail. CI runs it after the real run, so neither check can quietly stop being able to
 * fail.
 */
const switchedOff = process.env.SCALE_SWITCHED_OFF === 'true'
const offSwitches = { PAGE_CACHE_STORE: 'memory', THROTTLE_STORE: 'memory' }
const controlled = Object.entries(offSwitches).map(([name, value]) => `${name}=${value}`)

const postgres =
  process.env.SCALE_DATABASE_URL ||
  process.env.TEST_DATABASE_URL ||
  'postgres://postgres:postgres@127.0.0.1:5432/postgres'
const password = 'Scale-pass-2026'
const orderCount = Number(process.env.SCALE_ORDERS) || 500

// Answers are read as the API documents them; a wrong shape fails the check that reads it.
type Answer = { status: number; body: any; headers: Headers } // eslint-disable-line @typescript-eslint/no-explicit-any

const call = async (
  base: string,
  path: string,
  init: { body?: unknown; token?: string; method?: string; headers?: Record<string, string> } = {},
): Promise<Answer> => {
  const headers: Record<string, string> = { ...init.headers }
  if (init.token) headers.Authorization = `JWT ${init.token}`
  if (init.body !== undefined) headers['Content-Type'] = 'application/json'
  const res = await fetch(`${base}${path}`, {
    method: init.method ?? (init.body !== undefined ? 'POST' : 'GET'),
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const text = await res.text()
  let body: unknown = text
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    // a page, not JSON
  }
  return { status: res.status, body, headers: res.headers }
}

const expectStatus = (answer: Answer, status: number, what: string) => {
  if (answer.status !== status)
    throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`)
  return answer.body
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Polls until `ready` returns something, or throws `failure` after `ms`. */
const within = async <T>(
  ms: number,
  ready: () => Promise<T | undefined>,
  failure: () => string,
) => {
  const deadline = Date.now() + ms
  for (;;) {
    const found = await ready()
    if (found !== undefined) return found
    if (Date.now() > deadline) throw new Error(failure())
    await sleep(200)
  }
}

type World = {
  a: NextServer
  b: NextServer
  proxy: Awaited<ReturnType<typeof startRoundRobinProxy>>
  owner: { email: string; token: string }
  customer: { email: string; token: string }
  product: { id: number | string; slug: string; name: string }
  mailbox: string
  orderIds: string[]
}

type Check = { name: string; switchOff: string; run: (world: World) => Promise<void> }

const orderBody = (product: World['product']) => ({
  items: [{ product: product.id, quantity: 1 }],
  customerSnapshot: { phone: '98765 43210', address: '12 MG Road, Jaipur', pincode: '302001' },
})

const checks: Check[] = [
  {
    name: `${orderCount} orders placed at once through the proxy get ${orderCount} distinct IDs`,
    switchOff: 'none: IDs come from the database counter, there is nothing per instance to turn on',
    run: async (world) => {
      const before = [...world.proxy.served]
      const placed = await Promise.all(
        Array.from({ length: orderCount }, () =>
          call(world.proxy.url, '/api/orders', {
            token: world.customer.token,
            body: orderBody(world.product),
          }),
        ),
      )
      const failed = placed.filter((answer) => answer.status !== 201)
      if (failed.length)
        throw new Error(
          `${failed.length} refused, e.g. ${failed[0].status} ${JSON.stringify(failed[0].body)}`,
        )
      world.orderIds = placed.map((answer) => answer.body.doc.orderId as string)
      const distinct = new Set(world.orderIds).size
      if (distinct !== orderCount)
        throw new Error(`${distinct} distinct IDs for ${orderCount} orders`)
      const each = world.proxy.served.map((n, i) => n - before[i])
      if (each.some((n) => n < orderCount / 2 - 1)) throw new Error(`split ${each.join('/')}`)
    },
  },
  {
    name: 'a sign-in brute force split across both instances is limited as one (5 per account)',
    switchOff: 'THROTTLE_STORE=memory',
    run: async (world) => {
      // The attacker's address, as the proxy passes it on; its own for this run.
      const attacker = { 'X-Forwarded-For': `203.0.113.${1 + (Date.now() % 250)}` }
      const statuses: number[] = []
      for (let i = 0; i < 10; i++) {
        const answer = await call(world.proxy.url, '/api/customers/login', {
          body: { email: world.customer.email, password: `Wrong-guess-${i}` },
          headers: attacker,
        })
        statuses.push(answer.status)
      }
      const expected = [401, 401, 401, 401, 401, 429, 429, 429, 429, 429]
      if (statuses.join() !== expected.join())
        throw new Error(`statuses ${statuses.join(' ')}, expected ${expected.join(' ')}`)
    },
  },
  {
    name: "a product edit through instance A shows on instance B's cached page within 5 seconds",
    switchOff: 'PAGE_CACHE_STORE=memory',
    run: async (world) => {
      const path = `/products/${world.product.slug}`
      await within(
        15_000,
        async () => {
          const res = await fetch(`${world.b.url}${path}`)
          const html = await res.text()
          return res.headers.get('x-nextjs-cache') === 'HIT' && html.includes(world.product.name)
            ? true
            : undefined
        },
        () => `${path} never came from B's cache`,
      )
      const renamed = `${world.product.name} Heritage`
      expectStatus(
        await call(world.a.url, `/api/products/${world.product.id}`, {
          method: 'PATCH',
          token: world.owner.token,
          body: { name: renamed },
        }),
        200,
        'rename on A',
      )
      await within(
        5_000,
        async () =>
          (await (await fetch(`${world.b.url}${path}`)).text()).includes(renamed) || undefined,
        () => `B still shows "${world.product.name}" 5 seconds after the rename on A`,
      )
      world.product.name = renamed
    },
  },
  {
    name: 'a sign-out on instance A is honoured by instance B',
    switchOff: 'none: sessions are rows in the shared database (Payload keeps them there)',
    run: async (world) => {
      const signIn = expectStatus(
        await call(world.a.url, '/api/customers/login', {
          body: { email: world.customer.email, password },
        }),
        200,
        'sign-in on A',
      )
      const me = async () =>
        (await call(world.b.url, '/api/customers/me', { token: signIn.token })).body?.user?.email
      if ((await me()) !== world.customer.email) throw new Error('B does not know the new session')
      expectStatus(
        await call(world.a.url, '/api/customers/logout', { method: 'POST', token: signIn.token }),
        200,
        'sign-out on A',
      )
      const after = await me()
      if (after) throw new Error(`B still takes the signed-out session as ${after}`)
    },
  },
  {
    name: 'each notification email is sent once while both instances run the job queue',
    switchOff: 'JOBS_RUNNER_LOCK=off (a race: it shows duplicates often, not every run)',
    run: async (world) => {
      const toOwner = () =>
        readMailbox(world.mailbox).filter((mail) => mail.to.includes(world.owner.email))
      // Whole IDs only: 01122638 is the start of 011226380.
      const mentioning = (orderId: string) =>
        toOwner().filter((mail) =>
          new RegExp(`\\b${orderId}\\b`).test(`${mail.subject}\n${mail.text}`),
        ).length
      // Every order's "new order" email has arrived, then a few more seconds for any second copy.
      await within(
        120_000,
        async () => world.orderIds.every((id) => mentioning(id) > 0) || undefined,
        () =>
          `only ${world.orderIds.filter((id) => mentioning(id) > 0).length} of ${world.orderIds.length} order emails arrived`,
      )
      await sleep(3_000)
      const twice = world.orderIds.filter((id) => mentioning(id) > 1)
      if (twice.length)
        throw new Error(`${twice.length} orders emailed more than once, e.g. ${twice[0]}`)
    },
  },
  {
    name: 'server-sent events on instance B tell of a notification raised on instance A',
    switchOff: 'none: each stream reads the shared database',
    run: async (world) => {
      const stream = await fetch(`${world.b.url}/api/notifications/stream`, {
        headers: { Authorization: `JWT ${world.owner.token}` },
      })
      if (stream.status !== 200 || !stream.body) throw new Error(`stream: ${stream.status}`)
      const reader = stream.body.getReader()
      const decoder = new TextDecoder()
      let text = ''
      const unreadCounts = () => [...text.matchAll(/"unread":(\d+)/g)].map((m) => Number(m[1]))
      let pending: ReturnType<typeof reader.read> | null = null
      const readUntil = async (done: () => boolean) => {
        const deadline = Date.now() + 15_000
        while (!done()) {
          if (Date.now() > deadline) throw new Error(`stream said only: ${text.slice(-300)}`)
          // A read not answered within the second stays pending for the next turn, not dropped.
          pending ??= reader.read()
          const chunk = await Promise.race([pending, sleep(1_000).then(() => null)])
          if (!chunk) continue
          pending = null
          if (chunk.done) throw new Error(`stream ended after: ${text.slice(-300)}`)
          text += decoder.decode(chunk.value, { stream: true })
        }
      }
      try {
        await readUntil(() => unreadCounts().length > 0)
        const first = unreadCounts()[0]
        expectStatus(
          await call(world.a.url, '/api/orders', {
            token: world.customer.token,
            body: orderBody(world.product),
          }),
          201,
          'order on A',
        )
        await readUntil(() => unreadCounts().some((n) => n > first))
      } finally {
        await reader.cancel().catch(() => {})
      }
    },
  },
]

const setUp = async (): Promise<World & { stopAll: () => Promise<void> }> => {
  const stops: (() => Promise<void>)[] = []
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => {})
    await dropTestDatabases(postgres).catch(() => {})
  }
  try {
    const redis = await startRedisServer('scale-redis')
    stops.push(redis.stop)
    const smtp = await startSmtpServer('.tmp/scale')
    stops.push(smtp.stop)
    const databaseUrl = await createFreshDatabase('scale', postgres)
    const env = {
      REDIS_URL: redis.url,
      PAYLOAD_SECRET: throwawaySecret('scale'),
      MEDIA_DIR: '.tmp/scale-media',
      TRUSTED_PROXY: '127.0.0.1',
      SMTP_URL: smtp.url,
      JOBS_AUTORUN_CRON: '* * * * * *',
      JOBS_AUTORUN_LIMIT: '100',
      // 500 orders at once queue longer than a live shop's limits allow (5 s for a connection, 15 s
      // a statement): each order's transaction holds the day's counter row until it commits, so the
      // last of 500 waits for the other 499, on both instances alike. This check is about IDs.
      DATABASE_CONNECT_TIMEOUT_MS: '300000',
      DATABASE_STATEMENT_TIMEOUT_MS: '300000',
      ...(switchedOff ? offSwitches : {}),
    }
    const start = (label: string) =>
      startNextServer({ databaseUrl, mode: 'production', distDir: testBuildDir(), env, label })
    // One after the other: the first applies the migrations to the empty database.
    const a = await start('scale-a-server')
    stops.push(a.stop)
    const b = await start('scale-b-server')
    stops.push(b.stop)
    const proxy = await startRoundRobinProxy([a.url, b.url])
    stops.push(proxy.stop)

    const ownerEmail = `owner-${Date.now()}@scale.example`
    const owner = expectStatus(
      await call(a.url, '/api/users/first-register', {
        body: { email: ownerEmail, password, name: 'Owner' },
      }),
      200,
      'first staff account',
    )
    const category = expectStatus(
      await call(a.url, '/api/categories', { token: owner.token, body: { name: 'Scale Shelf' } }),
      201,
      'category',
    ).doc
    const product = expectStatus(
      await call(a.url, '/api/products', {
        token: owner.token,
        body: {
          name: `Scale Piece ${Date.now()}`,
          sku: `SCL-${Date.now()}`,
          category: category.id,
          metal: 'silver',
          purity: '925',
          grossWeight: 12,
          netWeight: 11,
          stoneWeight: 0,
          price: 12_345,
          status: 'published',
        },
      }),
      201,
      'product',
    ).doc
    const customerEmail = `customer-${Date.now()}@scale.example`
    expectStatus(
      await call(a.url, '/api/customers', {
        body: { email: customerEmail, password, name: 'Scale Customer', phone: '9876543210' },
      }),
      201,
      'customer registration',
    )
    const customer = expectStatus(
      await call(b.url, '/api/customers/login', { body: { email: customerEmail, password } }),
      200,
      'customer sign-in on B',
    )
    return {
      a,
      b,
      proxy,
      owner: { email: ownerEmail, token: owner.token },
      customer: { email: customerEmail, token: customer.token },
      product: { id: product.id, slug: product.slug, name: product.name },
      mailbox: smtp.files.mailbox,
      orderIds: [],
      stopAll,
    }
  } catch (error) {
    await stopAll()
    throw error
  }
}

const switches = switchedOff
  ? controlled
  : ['PAGE_CACHE_STORE', 'THROTTLE_STORE', 'JOBS_RUNNER_LOCK']
      .filter((name) => process.env[name])
      .map((name) => `${name}=${process.env[name]}`)
console.log(
  `Two instances behind a round-robin proxy, PostgreSQL and Redis${switches.length ? ` (switched: ${switches.join(' ')})` : ''}${switchedOff ? ': each check below must fail' : ''}`,
)
const chosen = switchedOff ? checks.filter((c) => controlled.includes(c.switchOff)) : checks
const world = await setUp()
let failures = 0
try {
  for (const check of chosen) {
    const started = Date.now()
    let error: Error | null = null
    try {
      await check.run(world)
    } catch (caught) {
      error = caught as Error
    }
    if (switchedOff) {
      if (!error) failures++
      console.log(
        error
          ? `  ✓ fails with ${check.switchOff}, as it must: ${check.name}\n      ${error.message}`
          : `  ✗ passes with ${check.switchOff}, so it cannot tell: ${check.name}`,
      )
      continue
    }
    if (error) failures++
    console.log(
      error
        ? `  ✗ ${check.name}\n      ${error.message}`
        : `  ✓ ${check.name} (${Date.now() - started} ms)`,
    )
    console.log(`      shared part off: ${check.switchOff}`)
  }
  console.log(`Requests per instance through the proxy: ${world.proxy.served.join(' / ')}`)
} finally {
  await world.stopAll()
}
console.log(
  failures
    ? `${failures} of ${chosen.length} checks ${switchedOff ? 'passed with their shared part off' : 'failed'}`
    : `All ${chosen.length} checks ${switchedOff ? 'failed with their shared part off, as they must' : 'passed'}`,
)
process.exit(failures ? 1 : 0)
