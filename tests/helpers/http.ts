import { inject } from 'vitest'

import { testClientAddress } from './clients'
import type { PersonKey } from './people'

export type ApiResponse<T = any> = { status: number; body: T; headers: Headers }

/** The test server's origin, started by globalSetup. */
export const baseURL = (): string => inject('baseURL')

/** One HTTP call to the real server, as a client would make it. */
export const api = async <T = any>(
  path: string,
  init: {
    method?: string
    token?: string | null
    body?: unknown
    form?: FormData
    headers?: Record<string, string>
  } = {},
): Promise<ApiResponse<T>> => {
  const headers: Record<string, string> = {
    'X-Forwarded-For': testClientAddress(),
    ...init.headers,
  }
  if (init.token) headers.Authorization = `JWT ${init.token}`
  let body: BodyInit | undefined
  if (init.form) body = init.form
  else if (init.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(init.body)
  }
  const res = await fetch(`${baseURL()}${path}`, {
    method: init.method ?? (body ? 'POST' : 'GET'),
    headers,
    body,
  })
  const text = await res.text()
  let parsed: unknown = text
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    // not JSON: keep the text so the assertion shows it
  }
  return { status: res.status, body: parsed as T, headers: res.headers }
}

/** A GraphQL request; returns the raw `{ data, errors }` body. */
export const gql = async (query: string, token?: string | null, variables?: object) =>
  (await api('/api/graphql', { method: 'POST', token, body: { query, variables } })).body as {
    data?: any
    errors?: { message: string }[]
  }

/** The run's session for a test person, signed in once by globalSetup (see fixtures.ts). */
export const tokenFor = async (key: PersonKey): Promise<string> => inject('fixtures').tokens[key]

/** The first error message of a Payload error body, for readable assertions. */
export const errorText = (body: any): string => JSON.stringify(body?.errors ?? body)

/**
 * Calls to a server a test file starts for itself (a fresh install, another setting): JSON in and
 * out, POST when there is a body, GET otherwise.
 */
export const callServer =
  (origin: () => string) =>
  async (path: string, body?: unknown, token?: string): Promise<{ status: number; body: any }> => {
    const res = await fetch(`${origin()}${path}`, {
      method: body ? 'POST' : 'GET',
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `JWT ${token}` } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    })
    const text = await res.text()
    return { status: res.status, body: text ? JSON.parse(text) : null }
  }
