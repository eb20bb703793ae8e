import pg from 'pg'

/**
 * Waits until some session of the PostgreSQL database at `url` is blocked on a row lock: the moment
 * a write that needs a row another transaction is deleting has reached that row. A state, polled,
 * rather than a guess at how long that takes.
 */
export const untilBlockedOnLock = async (url: string, seconds = 20) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const deadline = Date.now() + seconds * 1000
    while (Date.now() < deadline) {
      const { rows } = await client.query<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      )
      if (rows[0].waiting > 0) return
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    throw new Error(`No session of ${new URL(url).pathname} waited for a lock`)
  } finally {
    await client.end()
  }
}
