'use client'

import { useState } from 'react'

import { readPayloadErrors } from './auth/payloadErrors'

export const offlineMessage = 'We could not reach the server. Check your connection and try again.'

/** A JSON request to our own API with the session cookie: the status and the parsed answer. */
export const sendJson = async (path: string, body?: unknown, method = 'POST') => {
  const res = await fetch(path, {
    method,
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { ok: res.ok, status: res.status, body: (await res.json().catch(() => null)) as unknown }
}

/** The general message of a refused request, or `fallback`. */
export const refusalMessage = (body: unknown, fallback: string) =>
  readPayloadErrors(body).message || fallback

/**
 * What every form does around its request: busy while it runs, one message when it fails or the
 * server cannot be reached. `work` returns the message to show (or `false` when the fields already
 * say what is wrong), nothing on success; after a success the form stays busy (it is navigating
 * away) unless `settle` says it stays on the page.
 */
export function useSubmit({ settle = false } = {}) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = async (work: () => Promise<string | false | null | undefined | void>) => {
    setBusy(true)
    setError(null)
    let problem: string | false | null | undefined | void
    try {
      problem = await work()
    } catch {
      problem = offlineMessage
    }
    if (problem) setError(problem)
    if (problem || problem === false || settle) setBusy(false)
  }
  return { busy, error, setError, run }
}
