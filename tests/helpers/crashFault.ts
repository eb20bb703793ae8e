import { createClient } from '@libsql/client'
import pg from 'pg'

import { databaseKind } from '@/lib/databaseUrl'

/** Runs statements on the database at `url` from outside the server, as an operator would. */
const runSql = async (url: string, statements: string[]) => {
  if (databaseKind(url) === 'postgres') {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      for (const statement of statements) await client.query(statement)
    } finally {
      await client.end()
    }
    return
  }
  const client = createClient({ url })
  try {
    for (const statement of statements) await client.execute(statement)
  } finally {
    client.close()
  }
}

/**
 * Makes the database itself refuse every insert into `table` (a trigger raising an error, as a
 * full disk or a broken constraint would) while `work` runs, then lifts the refusal: a real fault
 * at the last write of an operation, to see what the operation leaves behind.
 */
export const withInsertsFailing = async <T>(
  url: string,
  table: string,
  work: () => Promise<T>,
): Promise<T> => {
  const postgres = databaseKind(url) === 'postgres'
  await runSql(
    url,
    postgres
      ? [
          `CREATE FUNCTION crash_fault() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'injected fault'; END $$ LANGUAGE plpgsql`,
          `CREATE TRIGGER crash_fault BEFORE INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION crash_fault()`,
        ]
      : [
          `CREATE TRIGGER crash_fault BEFORE INSERT ON "${table}" BEGIN SELECT RAISE(ABORT, 'injected fault'); END`,
        ],
  )
  try {
    return await work()
  } finally {
    await runSql(
      url,
      postgres
        ? [`DROP TRIGGER crash_fault ON "${table}"`, 'DROP FUNCTION crash_fault()']
        : ['DROP TRIGGER crash_fault'],
    )
  }
}
