import { randomUUID } from 'crypto'
import type { PayloadRequest } from 'payload'
import { commitTransaction, initTransaction } from 'payload'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'

/*
 * SQLite runs without Payload's transactions (adapters/database.ts says why): every statement is its
 * own commit, and with synchronous=FULL its own disk flush. An order was eight of them (counter,
 * order, its relations, items and history, notifications, their recipients, email jobs): ~60 ms of
 * flushes, and no atomicity. Here a write that asks for it gets one transaction on the adapter's one
 * connection: BEGIN IMMEDIATE, its statements, one COMMIT, one flush. While it is open, statements
 * from anyone else wait their turn in this process (libsql runs each statement synchronously, so
 * they would otherwise land inside it), as a second SQLite writer would wait for the lock; readers
 * wait too, so nobody sees a write that may yet roll back. Opt-in, for writes whose every statement
 * passes their `req` (order placement, transitions, buyer edits): one that did not would wait for
 * its own transaction, and is failed after the busy timeout, as a locked database would fail it.
 */

type Statement = (...args: unknown[]) => Promise<unknown>
type Client = Record<string, unknown>
type Session = { db: unknown; resolve: () => Promise<void>; reject: () => Promise<void> }
type SQLiteAdapter = {
  name: string
  client: Client
  schema: Record<string, unknown>
  logger?: unknown
  sessions: Record<string, Session | undefined>
}
type Gate = { held: Promise<void> | null; direct: Client; db: unknown }

const gatedMethods = ['execute', 'batch', 'executeMultiple', 'migrate', 'transaction']
// How long a statement or transaction of this process queues behind this process's own open
// transaction: a festival-day burst queues hundreds of orders. Not the adapter's busyTimeout, which
// is how long SQLite waits for another process's lock and is kept short (libsql blocks the event
// loop while it waits).
const queueTimeoutMs = 15_000
const gates = new WeakMap<Client, Gate>()

/** Waits while a transaction holds the connection, at most `timeoutMs` in all. */
const waitForGate = async (gate: Gate, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (gate.held) {
    const left = deadline - Date.now()
    if (left <= 0) throw new Error('SQLITE_BUSY: database is locked (waited for a transaction)')
    let timer: NodeJS.Timeout | undefined
    await Promise.race([
      gate.held,
      new Promise((resolve) => (timer = setTimeout(resolve, left))),
    ]).finally(() => clearTimeout(timer))
  }
}

/** The adapter's connection with its statements gated, once; and an ungated view for transactions. */
const gateOf = (adapter: SQLiteAdapter): Gate => {
  const { client } = adapter
  const existing = gates.get(client)
  if (existing) return existing
  const originals = Object.fromEntries(
    gatedMethods
      .filter((name) => typeof client[name] === 'function')
      .map((name) => [name, (client[name] as Statement).bind(client)]),
  ) as Record<string, Statement>
  const direct = new Proxy(client, {
    get: (target, key) => {
      if (typeof key === 'string' && originals[key]) return originals[key]
      const value = Reflect.get(target, key)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
  const gate: Gate = {
    held: null,
    direct,
    // Same schema and logger as the adapter's own: statements in a transaction are logged alike.
    db: drizzle(direct as never, {
      schema: adapter.schema,
      logger: (adapter.logger as never) || false,
    }),
  }
  for (const [name, original] of Object.entries(originals)) {
    // Free: straight through, synchronously, as before. Held: after the transaction ends.
    client[name] = (...args: unknown[]) =>
      gate.held
        ? waitForGate(gate, queueTimeoutMs).then(() => (client[name] as Statement)(...args))
        : original(...args)
  }
  gates.set(client, gate)
  return gate
}

/** Opens a transaction on the connection and registers it as one of the adapter's sessions. */
const beginSQLiteTransaction = async (adapter: SQLiteAdapter): Promise<string> => {
  const gate = gateOf(adapter)
  const deadline = Date.now() + queueTimeoutMs
  // Free when the wait ends is not free now: two transactions begun at once both see the gate open
  // after their awaits. Checked again, and taken, with no await in between.
  do await waitForGate(gate, deadline - Date.now())
  while (gate.held)
  let release!: () => void
  gate.held = new Promise((resolve) => (release = resolve))
  const free = () => {
    gate.held = null
    release()
  }
  try {
    await (gate.direct.execute as Statement)('BEGIN IMMEDIATE')
  } catch (error) {
    free()
    throw error
  }
  const id = randomUUID()
  let open = true
  const end = async (commit: boolean) => {
    if (!open) return
    open = false
    delete adapter.sessions[id]
    const execute = gate.direct.execute as Statement
    try {
      if (!commit) await execute('ROLLBACK')
      else
        await execute('COMMIT').catch(async (error) => {
          // Not committed (a full disk, an I/O error): undone, and the caller must not answer
          // success. ROLLBACK fails harmlessly when SQLite already ended the transaction itself.
          await execute('ROLLBACK').catch(() => undefined)
          throw error
        })
    } finally {
      free()
    }
  }
  adapter.sessions[id] = { db: gate.db, resolve: () => end(true), reject: () => end(false) }
  return id
}

/**
 * Payload's `initTransaction` for a write that should commit once: on SQLite one transaction on the
 * adapter's connection (see above), elsewhere Payload's own. Commit with `commitWriteTransaction`,
 * roll back with Payload's `killTransaction` as usual.
 * @returns true when this call opened the transaction (the caller commits it), false when `req`
 * already had one
 */
export const initWriteTransaction = async (req: PayloadRequest): Promise<boolean> => {
  const adapter = req.payload.db as unknown as SQLiteAdapter
  if (adapter.name !== 'sqlite') return initTransaction(req)
  if (await req.transactionID) return false
  req.transactionID = await beginSQLiteTransaction(adapter)
  return true
}

/**
 * Commits what `initWriteTransaction` opened. Unlike Payload's `commitTransaction`, which on SQL
 * rolls back quietly when the COMMIT fails, a failed commit on SQLite throws, so the write is
 * answered as failed rather than acknowledged and lost.
 */
export const commitWriteTransaction = async (req: PayloadRequest): Promise<void> => {
  const adapter = req.payload.db as unknown as SQLiteAdapter
  if (adapter.name !== 'sqlite') return commitTransaction(req)
  const id = String(await req.transactionID)
  const session = adapter.sessions[id]
  delete req.transactionID
  await session?.resolve()
}
