import { describe, expect, it } from 'vitest'

import { productionSettingsProblems, servedOverHttps, trustedOrigins } from './productionSettings'

const good = { PAYLOAD_SECRET: 'a'.repeat(32), SERVER_URL: 'https://shop.example' }

describe('productionSettingsProblems', () => {
  it('accepts a long secret and an https origin', () => {
    expect(productionSettingsProblems(good)).toEqual([])
  })

  it('names a missing secret and a missing SERVER_URL together', () => {
    const problems = productionSettingsProblems({})
    expect(problems).toHaveLength(2)
    expect(problems[0]).toMatch(/^PAYLOAD_SECRET must be set/)
    expect(problems[1]).toMatch(/^SERVER_URL must be set/)
  })

  it('accepts ADMIN_2FA required or optional and names any other value', () => {
    expect(productionSettingsProblems({ ...good, ADMIN_2FA: 'required' })).toEqual([])
    expect(productionSettingsProblems({ ...good, ADMIN_2FA: 'optional' })).toEqual([])
    expect(productionSettingsProblems({ ...good, ADMIN_2FA: 'on' })).toEqual([
      'ADMIN_2FA must be "required" or "optional" (or unset), not "on"',
    ])
  })

  it('refuses a secret one character short', () => {
    expect(productionSettingsProblems({ ...good, PAYLOAD_SECRET: 'a'.repeat(31) })).toEqual([
      expect.stringMatching(/at least 32 characters/),
    ])
  })

  it('refuses the .env.example placeholder, in any case', () => {
    expect(productionSettingsProblems({ ...good, PAYLOAD_SECRET: 'CHANGE-ME' })).toEqual([
      expect.stringMatching(/placeholder/),
    ])
  })

  it('refuses a SERVER_URL that is not an http(s) origin', () => {
    expect(productionSettingsProblems({ ...good, SERVER_URL: 'shop.example' })).toEqual([
      expect.stringMatching(/SERVER_URL must be an http\(s\) origin/),
    ])
    expect(productionSettingsProblems({ ...good, SERVER_URL: 'ftp://shop.example' })).toHaveLength(
      1,
    )
  })

  it('names a CSRF_ORIGINS entry that is not an origin', () => {
    expect(
      productionSettingsProblems({ ...good, CSRF_ORIGINS: 'https://a.example, nonsense' }),
    ).toEqual([expect.stringMatching(/"nonsense"/)])
  })
})

describe('trustedOrigins', () => {
  it('takes SERVER_URL’s origin and each CSRF origin once, without paths', () => {
    expect(
      trustedOrigins({
        SERVER_URL: 'https://shop.example/store/',
        CSRF_ORIGINS: 'https://admin.shop.example, https://shop.example',
      }),
    ).toEqual(['https://shop.example', 'https://admin.shop.example'])
  })

  it('is empty without SERVER_URL or CSRF_ORIGINS', () => {
    expect(trustedOrigins({})).toEqual([])
  })
})

describe('servedOverHttps', () => {
  it('is true only for an https SERVER_URL', () => {
    expect(servedOverHttps('https://shop.example')).toBe(true)
    expect(servedOverHttps('http://127.0.0.1:3000')).toBe(false)
    expect(servedOverHttps(undefined)).toBe(false)
  })
})
