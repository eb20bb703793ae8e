/**
 * `npm run fuzz`: a property-based fuzz (fast-check) over HTTP of order placement and every change
 * to an order, registration and sign-in of all four kinds of account, and the catalogue's queries
 * (REST, GraphQL and the storefront's URLs), with random and malformed bodies and parameters. The
 * properties: no request is ever answered with a 5xx (each one is listed with the seed and path
 * that replay it), and afterwards the database holds no half-written order (order count and
 * order-ID counters agree; every order has its items, history and placer).
 *
 * By default it starts the production build (`npm run build` first) on a fresh database, SQLite or
 * PostgreSQL when `TEST_DATABASE_URL` names a server. Settings (environment):
 *   FUZZ_RUNS    cases to run (10 000)
 *   FUZZ_SEED    the seed (random); with FUZZ_PATH, replays that one case and stops at a failure
 *   FUZZ_URL     fuzz a running server instead (it must have the fixtures' first admin free to
 *                register, i.e. an empty database); FUZZ_DATABASE_URL lets the database be checked
 */
import fc from 'fast-check'

import { callAt, createFixtures } from '../tests/helpers/fixtures'
import { shortenKeepAlive } from '../tests/helpers/shortKeepAlive'
import { orderIntegrity } from '../tests/helpers/fuzzDatabase'
import { fuzzProperty, newTally, prepareFuzzWorld, signedOut } from '../tests/helpers/fuzzRun'
import { createFreshDatabase, dropTestDatabases } from './lib/databases'
import { startNextServer, testBuildDir, throwawaySecret } from './lib/nextServer'

const runs = Number(process.env.FUZZ_RUNS || 10_000)
const seed = process.env.FUZZ_SEED
  ? Number(process.env.FUZZ_SEED)
  : Date.now() ^ (Math.random() * 2 ** 31)
const path = process.env.FUZZ_PATH

// A reused keep-alive socket the server is just closing would read as a failed case.
shortenKeepAlive()

let origin = process.env.FUZZ_URL
let databaseUrl = process.env.FUZZ_DATABASE_URL
let stop = async () => {}
if (!origin) {
  databaseUrl = await createFreshDatabase('fuzz')
  const server = await startNextServer({
    databaseUrl,
    mode: 'production',
    distDir: testBuildDir(),
    env: {
      PAYLOAD_SECRET: throwawaySecret('fuzz'),
      MEDIA_DIR: '.tmp/fuzz-media',
      // The fuzz stands in for many clients by sending X-Forwarded-For.
      TRUSTED_PROXY: '127.0.0.1',
    },
    label: 'fuzz-server',
  })
  origin = server.url
  stop = async () => {
    await server.stop()
    await dropTestDatabases()
  }
  console.log(`fuzz server at ${origin} on ${databaseUrl} (log: ${server.logFile})`)
}

let status = 0
try {
  const call = callAt(origin)
  const fixtures = await createFixtures(call)
  const world = await prepareFuzzWorld(call, {
    adminToken: fixtures.tokens.admin1,
    products: fixtures.products.map((p) => p.id),
    draftProduct: fixtures.draftProductId,
    categorySlug: fixtures.category.slug,
    productSlugs: [],
  })
  const tally = newTally()
  const started = performance.now()
  const progress = setInterval(
    () => console.log(`  … ${tally.cases} cases, ${tally.failures.length} 5xx`),
    30_000,
  )
  const mode = path ? 'assert' : 'survey'
  const result = await fc.check(fuzzProperty(origin, world, tally, seed, mode), {
    seed,
    numRuns: path ? 1 : runs,
    ...(path ? { path } : {}),
    endOnFailure: true,
  })
  clearInterval(progress)
  const seconds = (performance.now() - started) / 1000
  console.log(
    `\nseed ${seed}: ${tally.cases} cases in ${seconds.toFixed(0)} s (${(tally.cases / seconds).toFixed(1)}/s)`,
  )
  console.log('answers by status:', JSON.stringify(tally.byStatus))
  console.log('cases by kind:', JSON.stringify(tally.byKind))
  console.log(`orders the fuzz placed: ${world.orders.length - 4} (plus 4 to start with)`)
  if (result.failed) {
    status = 1
    console.log(fc.defaultReportMessage(result))
  }
  if (tally.failures.length) {
    status = 1
    console.log(`\n${tally.failures.length} 5xx:\n${tally.failures.join('\n')}`)
  } else console.log('5xx: none')
  const gone = await signedOut(origin, world)
  if (gone.length) console.log(`fuzz accounts no longer signed in: ${gone.join(', ')}`)
  if (databaseUrl) {
    const integrity = await orderIntegrity(databaseUrl)
    console.log(`database: ${integrity.orders} orders, ${integrity.issued} order numbers issued`)
    if (integrity.problems.length) {
      status = 1
      console.log(`partial writes:\n  ${integrity.problems.join('\n  ')}`)
    } else console.log('partial writes: none')
  } else console.log('database not checked (set FUZZ_DATABASE_URL)')
} catch (error) {
  console.error(error)
  status = 1
} finally {
  await stop()
}
process.exit(status)
