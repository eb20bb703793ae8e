export const minPasswordLength = 8
export const maxPasswordLength = 128

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
