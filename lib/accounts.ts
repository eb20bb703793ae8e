/** Why an account may not sign in right now, or null when it may. */
export const loginRefusal = (
  collection: string,
  account: { active?: boolean | null; status?: string | null },
): string | null => {
  if (collection === 'goldsmiths' && account.active === false)
    return 'This goldsmith account is disabled. Please contact the workshop.'
  if (collection === 'vendors' && account.status === 'disabled')
    return 'This vendor account is disabled. Please contact us to re-enable it.'
  return null
}
