/**
 * Collections their owners write over the API (accounts, orders, notifications) go without Payload's
 * document locking, the admin panel's "someone else is editing" guard. In Payload 3.90 a REST update
 * reads the lock table outside the request's transaction (checkDocumentLockStatus), so on PostgreSQL
 * as many simultaneous updates as the pool has connections each hold one in their transaction and
 * wait for another: the server locks up for good (ten vendor approvals did it with pg's pool of 10).
 * The catalogue and the globals, edited by staff in the admin panel, keep the guard.
 */
export const withoutDocumentLocking = { lockDocuments: false } as const
