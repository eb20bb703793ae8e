import { generateSync } from 'otplib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createFreshDatabase } from '@/scripts/lib/databases'
import type { NextServer } from '@/scripts/lib/nextServer'
import { startNextServer, testBuildDir, throwawaySecret } from '@/scripts/lib/nextServer'

import { unique } from '../helpers/accounts'
import { api, baseURL, callServer, gql, tokenFor } from '../helpers/http'
import { testPassword } from '../helpers/people'
import { waitForMail } from '../helpers/smtp'

/** The code an authenticator app shows `ahead` 30-second steps from now. */
const appCode = (secret: string, ahead = 0) =>
  generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + ahead * 30 })

type Enrolment = { secret: string; enrolment: string; qrSvg: string; uri: string }

/**
 * Staff accounts the tests create, deleted when the file ends: every staff member is told (and
 * mailed) of every new order, so staff left behind would slow every other test's mail. Once, not
 * after each test: an order placed (by another file) while its recipient is deleted fails on
 * PostgreSQL's foreign key (a race noted for the reliability work), so the window stays small.
 */
const createdStaff: number[] = []
afterAll(async () => {
  const token = await tokenFor('admin1')
  for (const id of createdStaff.splice(0))
    await api(`/api/users/${id}`, { method: 'DELETE', token })
})

const createStaff = async (email: string, name: string) => {
  const created = await api('/api/users', {
    token: await tokenFor('admin1'),
    body: { email, password: testPassword, name, role: 'staff' },
  })
  expect(created.status).toBe(201)
  createdStaff.push(created.body.doc.id)
  return created
}

/** A new staff member of our own, so that turning a second factor on touches no other test. */
const newStaff = async () => {
  const email = `second-factor-${unique()}@test.example`
  const created = await createStaff(email, 'Two Factor')
  const login = await api('/api/users/login', { body: { email, password: testPassword } })
  expect(login.status).toBe(200)
  return { email, id: created.body.doc.id as number, token: login.body.token as string }
}

/** Turns the second factor on for a signed-in staff member; returns its secret and recovery codes. */
const enrol = async (token: string) => {
  const setup = await api<Enrolment>('/api/users/second-factor/setup', { token, body: {} })
  expect(setup.status).toBe(200)
  expect(setup.body.qrSvg).toMatch(/^<svg/)
  expect(setup.body.uri).toMatch(/^otpauth:\/\/totp\//)
  const firstCode = appCode(setup.body.secret)
  const enabled = await api('/api/users/second-factor/enable', {
    token,
    body: { enrolment: setup.body.enrolment, code: firstCode },
  })
  expect(enabled.status).toBe(200)
  expect(enabled.body.recoveryCodes).toHaveLength(10)
  return {
    secret: setup.body.secret,
    firstCode,
    recoveryCodes: enabled.body.recoveryCodes as string[],
  }
}

const signIn = (email: string, extra: Record<string, unknown> = {}, password = testPassword) =>
  api('/api/users/login', { body: { email, password, ...extra } })

const secondFactorRefusal = (res: { status: number; body: any; headers: Headers }) => {
  expect(res.status).toBe(401)
  expect(res.body.token).toBeUndefined()
  expect(res.headers.get('set-cookie') ?? '').not.toMatch(/payload-token=[^;]/)
  return res.body.errors[0] as { message: string; data: { field: string; step: string } }
}

describe('security: staff second factor (ADMIN_2FA unset: each staff member chooses)', () => {
  it('enrols with a QR code, refusing a wrong first code and another person’s ticket', async () => {
    const staff = await newStaff()
    const other = await newStaff()
    const setup = await api<Enrolment>('/api/users/second-factor/setup', {
      token: staff.token,
      body: {},
    })
    const wrong = await api('/api/users/second-factor/enable', {
      token: staff.token,
      body: { enrolment: setup.body.enrolment, code: '000000' },
    })
    expect(wrong.status).toBe(400)
    expect(wrong.body.errors[0].field).toBe('code')
    // The ticket is bound to the account it was made for.
    const stolen = await api('/api/users/second-factor/enable', {
      token: other.token,
      body: { enrolment: setup.body.enrolment, code: appCode(setup.body.secret) },
    })
    expect(stolen.status).toBe(400)
    const state = await api('/api/users/second-factor', { token: staff.token })
    expect(state.body).toEqual({ enabled: false, required: false, recoveryCodesLeft: 0 })
  })

  it('then asks for a code at sign-in, takes each app code once, and each recovery code once', async () => {
    const staff = await newStaff()
    const { secret, firstCode, recoveryCodes } = await enrol(staff.token)
    // Codes are taken once each as strings: one computed later could belong to the next 30 s step.
    const nextCode = appCode(secret, 1)

    const passwordOnly = secondFactorRefusal(await signIn(staff.email))
    expect(passwordOnly.data).toEqual({ field: 'code', step: 'code' })
    expect(passwordOnly.message).toMatch(/6-digit code/)
    expect(secondFactorRefusal(await signIn(staff.email, { code: '123456' })).message).toMatch(
      /not right/,
    )
    // A wrong password with a right code is still a wrong password.
    expect((await signIn(staff.email, { code: nextCode }, 'Wrong-pass-2026')).status).toBe(401)
    // The code that confirmed enrolment has been used.
    secondFactorRefusal(await signIn(staff.email, { code: firstCode }))
    const withCode = await signIn(staff.email, { code: nextCode })
    expect(withCode.status).toBe(200)
    expect(withCode.body.token).toBeTruthy()
    secondFactorRefusal(await signIn(staff.email, { code: nextCode }))

    const withRecovery = await signIn(staff.email, { code: recoveryCodes[0].toUpperCase() })
    expect(withRecovery.status).toBe(200)
    secondFactorRefusal(await signIn(staff.email, { code: recoveryCodes[0] }))
    const state = await api('/api/users/second-factor', { token: withRecovery.body.token })
    expect(state.body).toMatchObject({ enabled: true, recoveryCodesLeft: 9 })
  })

  it('refuses GraphQL sign-in without the code, and never shows or takes the secret', async () => {
    const staff = await newStaff()
    await enrol(staff.token)
    const login = await gql(
      `mutation { loginUser(email: "${staff.email}", password: "${testPassword}") { token } }`,
    )
    expect(login.data?.loginUser?.token ?? null).toBeNull()
    expect(login.errors?.[0]?.message).toMatch(/6-digit code/)

    for (const token of [staff.token, await tokenFor('admin1')]) {
      const read = await api(`/api/users/${staff.id}`, { token })
      expect(read.status).toBe(200)
      expect(read.body.secondFactorEnabled).toBe(true)
      expect(Object.keys(read.body)).not.toEqual(
        expect.arrayContaining(['totpSecret', 'totpLastStep', 'recoveryCodeHashes', 'sessions']),
      )
    }
    const patched = await api(`/api/users/${staff.id}`, {
      method: 'PATCH',
      token: staff.token,
      body: { secondFactorEnabled: false, totpSecret: 'JBSWY3DPEHPK3PXP', recoveryCodeHashes: [] },
    })
    expect(patched.status).toBe(200)
    expect((await api('/api/users/second-factor', { token: staff.token })).body).toMatchObject({
      enabled: true,
      recoveryCodesLeft: 10,
    })
    const gqlSecret = await gql(`{ User(id: ${staff.id}) { email totpSecret } }`, staff.token)
    // In the schema, but read as null for every reader (field access `read: nobody`).
    expect(gqlSecret.data?.User).toEqual({ email: staff.email, totpSecret: null })
  })

  it('turns off only with a code, and then the password alone signs in again', async () => {
    const staff = await newStaff()
    const { recoveryCodes } = await enrol(staff.token)
    const noCode = await api('/api/users/second-factor/disable', { token: staff.token, body: {} })
    expect(noCode.status).toBe(400)
    expect(noCode.body.errors[0].field).toBe('code')
    const renewed = await api('/api/users/second-factor/recovery-codes', {
      token: staff.token,
      body: { code: recoveryCodes[0] },
    })
    expect(renewed.status).toBe(200)
    // The old set is gone with the new one.
    const old = await api('/api/users/second-factor/disable', {
      token: staff.token,
      body: { code: recoveryCodes[1] },
    })
    expect(old.status).toBe(400)
    const off = await api('/api/users/second-factor/disable', {
      token: staff.token,
      body: { code: renewed.body.recoveryCodes[0] },
    })
    expect(off.status).toBe(200)
    expect((await signIn(staff.email)).status).toBe(200)
  })

  it('lets a password reset change the password but sign nobody in', async () => {
    const staff = await newStaff()
    const { secret } = await enrol(staff.token)
    expect((await api('/api/users/forgot-password', { body: { email: staff.email } })).status).toBe(
      200,
    )
    const mail = await waitForMail(staff.email, (m) => m.subject.includes('eset'))
    const token = /\/admin\/reset\/([A-Za-z0-9]+)/.exec(mail.text + mail.html)?.[1]
    expect(token).toBeTruthy()
    const reset = await api('/api/users/reset-password', {
      body: { token, password: 'Recovered-pass-2026' },
    })
    expect(reset.status).toBe(200)
    expect(reset.body.token).toBeUndefined()
    expect(reset.headers.get('set-cookie') ?? '').not.toMatch(/payload-token=[^;]/)
    secondFactorRefusal(await signIn(staff.email, {}, 'Recovered-pass-2026'))
    const signedIn = await signIn(staff.email, { code: appCode(secret, 1) }, 'Recovered-pass-2026')
    expect(signedIn.status).toBe(200)
  })

  it('is for staff only, each on their own account; an admin can reset a lost one', async () => {
    expect((await api('/api/users/second-factor/setup', { body: {} })).status).toBe(401)
    for (const who of ['customer1', 'vendor1', 'goldsmith1'] as const) {
      const res = await api('/api/users/second-factor/setup', {
        token: await tokenFor(who),
        body: {},
      })
      expect(res.status).toBe(403)
    }
    const staff = await newStaff()
    await enrol(staff.token)
    const byStaff = await api(`/api/users/${staff.id}/second-factor/reset`, {
      token: await tokenFor('staff1'),
      body: {},
    })
    expect(byStaff.status).toBe(403)
    const malformed = await api('/api/users/1%20or%201=1/second-factor/reset', {
      token: await tokenFor('admin1'),
      body: {},
    })
    expect(malformed.status).toBe(404)
    const byAdmin = await api(`/api/users/${staff.id}/second-factor/reset`, {
      token: await tokenFor('admin1'),
      body: {},
    })
    expect(byAdmin.status).toBe(200)
    expect((await signIn(staff.email)).status).toBe(200)
  })

  it('ignores the session cookie when the setup is asked for from another site', async () => {
    const staff = await newStaff()
    const res = await fetch(`${baseURL()}/api/users/second-factor/setup`, {
      method: 'POST',
      headers: { Cookie: `payload-token=${staff.token}`, Origin: 'https://evil.example' },
    })
    expect(res.status).toBe(401)
  })
})

describe('security: sessions, listed and ended', () => {
  const kinds = [
    ['users', 'staff'],
    ['customers', 'customer'],
  ] as const

  for (const [collection] of kinds) {
    it(`lists the ${collection} account’s sessions, ends one, and signs out everywhere`, async () => {
      const email = `sessions-${unique()}@test.example`
      const created =
        collection === 'users'
          ? await createStaff(email, 'Many Devices')
          : await api('/api/customers', {
              body: { email, password: testPassword, name: 'Many Devices', phone: '9876543210' },
            })
      expect(created.status).toBe(201)
      const login = async () =>
        (await api(`/api/${collection}/login`, { body: { email, password: testPassword } })).body
          .token as string
      const [phone, laptop, tablet] = [await login(), await login(), await login()]
      const me = async (token: string) =>
        (await api(`/api/${collection}/me`, { token })).body.user?.email ?? null

      const listed = await api(`/api/${collection}/sessions`, { token: laptop })
      expect(listed.status).toBe(200)
      expect(listed.body.sessions).toHaveLength(3)
      expect(listed.body.sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1)
      const phoneSid = JSON.parse(Buffer.from(phone.split('.')[1], 'base64url').toString()).sid
      const ended = await api(`/api/${collection}/sessions/${phoneSid}`, {
        method: 'DELETE',
        token: laptop,
      })
      expect(ended.status).toBe(200)
      expect(await me(phone)).toBeNull()
      expect(await me(laptop)).toBe(email)

      const everywhere = await api(`/api/${collection}/logout?allSessions=true`, {
        token: laptop,
        body: {},
      })
      expect(everywhere.status).toBe(200)
      expect(await me(laptop)).toBeNull()
      expect(await me(tablet)).toBeNull()
    })
  }

  it('lets nobody list or end another account’s sessions', async () => {
    const victimToken = await tokenFor('customer2')
    const victimSid = JSON.parse(Buffer.from(victimToken.split('.')[1], 'base64url').toString())
      .sid as string
    for (const who of ['customer1', 'vendor1', 'staff1'] as const) {
      const res = await api(`/api/customers/sessions/${victimSid}`, {
        method: 'DELETE',
        token: await tokenFor(who),
      })
      expect([401, 404]).toContain(res.status)
    }
    expect((await api('/api/customers/sessions')).status).toBe(401)
    expect((await api('/api/customers/me', { token: victimToken })).body.user).not.toBeNull()
  })
})

/** `ADMIN_2FA=required` on its own server: every admin enrols at sign-in. */
describe('security: ADMIN_2FA=required', () => {
  let server: NextServer
  const call = callServer(() => server.url)
  const owner = { email: 'owner@shop.example', password: 'Owner-pass-2026', name: 'Owner' }

  beforeAll(async () => {
    server = await startNextServer({
      databaseUrl: await createFreshDatabase('required2fa'),
      mode: 'production',
      distDir: testBuildDir(),
      env: {
        PAYLOAD_SECRET: throwawaySecret('required2fa'),
        MEDIA_DIR: '.tmp/required2fa-media',
        ADMIN_2FA: 'required',
      },
      label: 'required2fa-server',
    })
    // The first account of a fresh install is created signed in; it enrols at its next sign-in.
    expect((await call('/api/users/first-register', owner)).status).toBe(200)
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('makes an admin enrol before the sign-in completes, then gives the first recovery codes', async () => {
    const first = await call('/api/users/login', { email: owner.email, password: owner.password })
    expect(first.status).toBe(401)
    const { data } = first.body.errors[0]
    expect(data).toMatchObject({ field: 'code', step: 'enrol' })
    expect(data.qrSvg).toMatch(/^<svg/)
    expect(first.body.token).toBeUndefined()

    const wrong = await call('/api/users/login', {
      email: owner.email,
      password: owner.password,
      enrolment: data.enrolment,
      code: '000000',
    })
    expect(wrong.status).toBe(401)
    const done = await call('/api/users/login', {
      email: owner.email,
      password: owner.password,
      enrolment: data.enrolment,
      code: appCode(data.secret),
    })
    expect(done.status).toBe(200)
    const token = done.body.token as string

    const codes = await call('/api/users/second-factor/recovery-codes', {}, token)
    expect(codes.body.recoveryCodes).toHaveLength(10)
    // Only the first set comes without a code.
    expect((await call('/api/users/second-factor/recovery-codes', {}, token)).status).toBe(400)
    expect(
      (await call('/api/users/second-factor/disable', { code: codes.body.recoveryCodes[0] }, token))
        .status,
    ).toBe(403)
    const state = await call('/api/users/second-factor', undefined, token)
    expect(state.body).toEqual({ enabled: true, required: true, recoveryCodesLeft: 10 })

    // Staff who are not admins still choose for themselves.
    const staff = { email: 'counter@shop.example', password: 'Counter-pass-2026', name: 'Counter' }
    expect((await call('/api/users', { ...staff, role: 'staff' }, token)).status).toBe(201)
    expect(
      (await call('/api/users/login', { email: staff.email, password: staff.password })).status,
    ).toBe(200)
  })
})
