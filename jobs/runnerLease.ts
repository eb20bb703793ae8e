import type { Payload } from 'payload'
import pg from 'pg'

/** The advisory lock the sending instance holds ("jewel" in ASCII); per database, as all are. */
const leaseKey = 0x6a6577656c

const stateKey = Symbol.for('jewel.jobRunnerLease')
type Lease = { client: pg.Client | null; held: boolean }
const shared = globalThis as unknown as Record<symbol, Lease | undefined>
const lease = (shared[stateKey] ??= { client: null, held: false })

const forget = (client: pg.Client) => {
  if (lease.client !== client) return
  lease.client = null
  lease.held = false
}

const connect = async (): Promise<pg.Client> => {
  if (lease.client) return lease.client
  const client = new pg.Client({
    connectionString: process.env.DATABASE_URL,
    connectionTimeoutMillis: 5_000,
    keepAlive: true,
  })
  // A dropped connection gives its lock back to the database: another instance takes it over.
  client.on('error', () => forget(client))
  client.on('end', () => forget(client))
  lease.client = client
  try {
    await client.connect()
  } catch (error) {
    forget(client)
    throw error
  }
  return client
}

/**
 * Payload's job runner claims work by reading the jobs not yet processing and then marking them, two
 * statements with room between them: two instances reading at once would both send the same email.
 * So on PostgreSQL only one instance runs the queue: the one whose own connection holds an advisory
 * lock, kept as long as that connection lives. If that instance stops, the database releases the
 * lock and another instance's next tick takes it. SQLite serves one machine's one instance;
 * `JOBS_RUNNER_LOCK=off` lets every instance run (what the two-instance test shows goes wrong).
 */
export const holdsRunnerLease = async (payload: Payload): Promise<boolean> => {
  if (process.env.JOBS_RUNNER_LOCK === 'off' || payload.db.name !== 'postgres') return true
  if (lease.held) return true
  try {
    const client = await connect()
    const { rows } = await client.query<{ held: boolean }>(
      'SELECT pg_try_advisory_lock($1) AS held',
      [leaseKey],
    )
    lease.held = rows[0]?.held === true
  } catch (err) {
    payload.logger.warn({ err }, 'Could not ask for the job runner lock; not sending this time.')
    lease.held = false
  }
  return lease.held
}
