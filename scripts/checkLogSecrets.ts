/**
 * Fails when a server log holds something no log line may: the test fixtures' passwords, their
 * hidden prices (raw, or written the Indian way, 61,319), a session token or a session cookie.
 * scripts/test.sh runs it over the logs of the servers a test run started:
 * `tsx scripts/checkLogSecrets.ts <log file>…`. Prints where, never the secret's line itself.
 */
import fs from 'fs'

import { demoPassword } from './seed/accounts'
import { draftPrice, fixturePrices, temporaryPassword } from '../tests/helpers/fixtures'
import { testPassword } from '../tests/helpers/people'

const indian = (n: number) => n.toLocaleString('en-IN')
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const secrets: { what: string; pattern: RegExp }[] = [
  ...[testPassword, temporaryPassword, demoPassword].map((p) => ({
    what: 'a test password',
    pattern: new RegExp(escape(p)),
  })),
  ...[...fixturePrices.map((p) => p.price), draftPrice].map((price) => ({
    what: `a hidden price (${String(price).slice(0, 2)}…)`,
    // The number itself, also in a list (`params: Band,61319,8`), but not part of a longer number,
    // word or hash (`1,61,319`, `a61319f`, `61319.5`).
    pattern: new RegExp(`(?<![\\w.]|\\d,)(${price}|${escape(indian(price))})(?!\\w|\\.\\d)`),
  })),
  { what: 'a session token (JWT)', pattern: /eyJhbGciOi[\w-]+\.[\w-]+\.[\w-]+/ },
  { what: 'a session cookie', pattern: /payload-token=[^;\s"]{8,}/ },
]

/** Each finding as `file:line: what`. */
export const findSecrets = (files: readonly string[]): string[] =>
  files.flatMap((file) =>
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) =>
        secrets.filter((s) => s.pattern.test(line)).map((s) => `${file}:${i + 1}: ${s.what}`),
      ),
  )

const files = process.argv.slice(2).filter((f) => fs.existsSync(f))
const found = findSecrets(files)
if (found.length > 0) {
  console.error(`Secrets in server logs:\n  ${found.join('\n  ')}`)
  process.exit(1)
}
console.log(`No secrets in ${files.length} server log(s).`)
