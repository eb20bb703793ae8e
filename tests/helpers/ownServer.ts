import type { NextServer } from '@/scripts/lib/nextServer'
import { startNextServer, testBuildDir, throwawaySecret } from '@/scripts/lib/nextServer'

import { callServer } from './http'

/**
 * A production server of a test file's own (not the shared test server), on `databaseUrl`: for
 * tests that stop its database, read its log or set what the shared one does not. Stop it in
 * afterAll.
 */
export const startOwnServer = (
  label: string,
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<NextServer> =>
  startNextServer({
    databaseUrl,
    mode: 'production',
    distDir: testBuildDir(),
    env: {
      PAYLOAD_SECRET: throwawaySecret(label),
      MEDIA_DIR: `.tmp/${label}-media`,
      // No background writes of its own: what reaches the database is what the test sends.
      JOBS_AUTORUN: 'false',
      ...env,
    },
    label: `${label}-server`,
  })

/** Signs up the first staff account (an admin) on a fresh server; returns its session token. */
export const signUpOwner = async (url: string, password: string): Promise<string> => {
  const res = await callServer(() => url)('/api/users/first-register', {
    email: `owner-${Date.now()}@shop.example`,
    password,
    name: 'Owner',
  })
  if (res.status !== 200)
    throw new Error(`first-register: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.token
}
