import { secondFactorPolicyOf } from './secondFactor'

/** Secrets anyone can read in our own files or the docs, refused in production whatever their length. */
const knownPlaceholders = [
  'change-me',
  'changeme',
  'secret',
  'development-only-secret-do-not-use-in-production',
  'your-secret-here',
]

/** The shortest signing secret production accepts: 32 characters, as `openssl rand -hex 16` gives. */
export const minimumSecretLength = 32

/**
 * What is wrong with the settings a production server needs, each message naming the variable and
 * the fix; empty when they will do. `SERVER_URL` is the shop's public origin: Payload builds its
 * cross-site request allow-list from it, and without one it honours a session cookie sent from any
 * site. `CSRF_ORIGINS` (comma-separated) adds further origins.
 */
export const productionSettingsProblems = (env: {
  PAYLOAD_SECRET?: string
  SERVER_URL?: string
  CSRF_ORIGINS?: string
  ADMIN_2FA?: string
}): string[] => {
  const problems: string[] = []
  if (secondFactorPolicyOf(env.ADMIN_2FA) === null)
    problems.push(`ADMIN_2FA must be "required" or "optional" (or unset), not "${env.ADMIN_2FA}"`)
  const secret = env.PAYLOAD_SECRET ?? ''
  if (!secret) problems.push('PAYLOAD_SECRET must be set (for example: openssl rand -hex 32)')
  else if (knownPlaceholders.includes(secret.toLowerCase()))
    problems.push('PAYLOAD_SECRET is a published placeholder: set your own (openssl rand -hex 32)')
  else if (secret.length < minimumSecretLength)
    problems.push(
      `PAYLOAD_SECRET must be at least ${minimumSecretLength} characters (openssl rand -hex 32)`,
    )
  if (!env.SERVER_URL)
    problems.push('SERVER_URL must be set to the shop’s public origin, e.g. https://shop.example')
  else if (!originOf(env.SERVER_URL))
    problems.push(
      `SERVER_URL must be an http(s) origin such as https://shop.example, not "${env.SERVER_URL}"`,
    )
  for (const origin of splitList(env.CSRF_ORIGINS))
    if (!originOf(origin))
      problems.push(
        `CSRF_ORIGINS must list http(s) origins such as https://admin.shop.example, not "${origin}"`,
      )
  return problems
}

/** The origins whose browser requests may carry a session cookie: SERVER_URL's and CSRF_ORIGINS. */
export const trustedOrigins = (env: { SERVER_URL?: string; CSRF_ORIGINS?: string }): string[] => {
  const origins = [env.SERVER_URL, ...splitList(env.CSRF_ORIGINS)]
    .map((url) => (url ? originOf(url) : null))
    .filter((origin): origin is string => Boolean(origin))
  return [...new Set(origins)]
}

/** Whether session cookies must be `Secure`: the shop is served over https. */
export const servedOverHttps = (serverUrl: string | undefined): boolean =>
  originOf(serverUrl ?? '')?.startsWith('https://') ?? false

const splitList = (list: string | undefined) =>
  (list ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)

const originOf = (url: string): string | null => {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null
  } catch {
    return null
  }
}
