import { describe, expect, it } from 'vitest'

import { baseURL } from '../helpers/http'

const expected = {
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'cross-origin-opener-policy': 'same-origin',
}

const routes = [
  '/',
  '/products',
  '/api/health',
  '/api/products?limit=1',
  '/admin/login',
  '/robots.txt',
]

describe('security: response headers', () => {
  for (const route of routes) {
    it(`sends the security headers and no X-Powered-By on ${route}`, async () => {
      const res = await fetch(`${baseURL()}${route}`, { redirect: 'manual' })
      expect(res.status).toBeLessThan(400)
      for (const [name, value] of Object.entries(expected))
        expect(res.headers.get(name), name).toBe(value)
      const csp = res.headers.get('content-security-policy') ?? ''
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).toContain("default-src 'self'")
      expect(csp).toContain("object-src 'none'")
      expect(csp).not.toContain('unsafe-eval')
      // Scripts, styles, fonts and fetches from this host only (images may come from S3).
      for (const directive of csp.split(';').filter((d) => !d.trim().startsWith('img-src')))
        expect(directive, 'no other host in the policy').not.toMatch(/https?:/)
      expect(res.headers.get('x-powered-by')).toBeNull()
      // Served over http here: HSTS would be wrong.
      expect(res.headers.get('strict-transport-security')).toBeNull()
    })
  }
})
