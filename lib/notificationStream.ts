/** What the live stream watches: it pushes an event whenever either changes. */
export type NotificationState = { unread: number; latest: number | string | null }

/**
 * The live stream's timing. The server reads the database every `pollMs` (any instance can serve
 * any person), says something at least every `heartbeatMs` so proxies keep the connection, and
 * ends it after `lifetimeMs`, when the browser reconnects after `retryMs`; a browser that cannot
 * keep a stream open asks every `fallbackPollMs` instead.
 */
export const notificationStream = {
  event: 'notifications',
  pollMs: 3_000,
  heartbeatMs: 20_000,
  lifetimeMs: 5 * 60_000,
  retryMs: 3_000,
  fallbackPollMs: 20_000,
} as const
