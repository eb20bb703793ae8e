export const minPasswordLength = 8
export const maxPasswordLength = 128

/** What the forms tell a person before they type a password: the rules of passwordProblem. */
export const passwordHint = `At least ${minPasswordLength} characters, with letters and digits`

// Well-known passwords that would otherwise satisfy the length, letter and digit rules.
const commonPasswords = new Set([
  'password1',
  'password12',
  'password123',
  'passw0rd',
  'p@ssw0rd',
  '12345678',
  'qwerty123',
  'qwerty12',
  'abc12345',
  'abcd1234',
  '1q2w3e4r',
  '1qaz2wsx',
  'zaq12wsx',
  'iloveyou1',
  'welcome1',
  'welcome123',
  'admin123',
  'letmein1',
  'trustno1',
])

/** Null when the password is acceptable, else a message naming the rule it breaks. */
export function passwordProblem(password: string): string | null {
  // Count code points so an emoji is one character, as the person sees it.
  const chars = [...password]
  if (chars.length < minPasswordLength) {
    return `Password must be at least ${minPasswordLength} characters`
  }
  if (chars.length > maxPasswordLength) {
    return `Password must be at most ${maxPasswordLength} characters`
  }
  if (chars.every((c) => c === chars[0])) {
    return 'Password must not be the same character repeated'
  }
  if (!/\p{L}/u.test(password)) return 'Password must contain at least one letter'
  if (!/\p{Nd}/u.test(password)) return 'Password must contain at least one digit'
  if (commonPasswords.has(password.toLowerCase())) {
    return 'Password is too common; choose one that is harder to guess'
  }
  return null
}

/**
 * Everything wrong with a new password typed twice, by field, so a form can show it all at once:
 * the password's own problem under it, a mismatch under the repeat.
 */
export function newPasswordProblems(
  password: string,
  repeated: string,
): { password?: string; confirm?: string } {
  const problem = passwordProblem(password)
  return {
    ...(problem ? { password: problem } : {}),
    ...(repeated !== password ? { confirm: 'The two passwords are not the same' } : {}),
  }
}

// No 0/O, 1/l/I: a temporary password is read aloud or copied from a screen.
const temporaryAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789'

/**
 * A temporary password from random bytes: four groups of four unambiguous characters, the last
 * group always ending in a digit and the first starting with a letter, so it passes
 * `passwordProblem`. 16 characters from 55 carry about 90 bits of entropy.
 */
export function temporaryPassword(randomBytes: Uint8Array): string {
  if (randomBytes.length < 16) throw new RangeError('Need at least 16 random bytes')
  const letters = temporaryAlphabet.slice(0, 47)
  const digits = temporaryAlphabet.slice(47)
  const chars = [...randomBytes.slice(0, 16)].map((b, i) => {
    if (i === 0) return letters[b % letters.length]
    if (i === 15) return digits[b % digits.length]
    return temporaryAlphabet[b % temporaryAlphabet.length]
  })
  return [0, 4, 8, 12].map((start) => chars.slice(start, start + 4).join('')).join('-')
}
