import { describe, expect, it } from 'vitest'

import { api, tokenFor } from '../helpers/http'
import { testGstins, testPassword } from '../helpers/people'

// Three times the test server's PostgreSQL pool (DATABASE_POOL_MAX=10): an update path that needs a
// second connection while it holds one in its transaction locks the whole server up here.
const inFlight = 30

describe('updates under concurrency', () => {
  it(
    `answers ${inFlight} simultaneous vendor approvals, more than the database pool holds`,
    { timeout: 180_000 },
    async () => {
      const run = Date.now().toString(36)
      const registered = await Promise.all(
        Array.from({ length: inFlight }, async (_, i) => {
          const res = await api('/api/vendors', {
            body: {
              email: `pool-${run}-${i}@test.example`,
              password: testPassword,
              businessName: `Pool ${i} Jewellers`,
              ownerName: 'Owner',
              phone: '9876543210',
              gstNumber: testGstins[1],
              city: 'Surat',
            },
          })
          expect(res.status).toBe(201)
          return res.body.doc.id as number
        }),
      )
      const admin = await tokenFor('admin1')
      const results = await Promise.all(
        registered.map((id) =>
          api(`/api/vendors/${id}`, {
            method: 'PATCH',
            token: admin,
            body: { status: 'approved' },
          }),
        ),
      )
      expect(results.map((r) => r.status)).toEqual(results.map(() => 200))
      expect(new Set(results.map((r) => r.body.doc.vendorId)).size).toBe(inFlight)
    },
  )
})
