type Account =
  { collection?: string; status?: string | null; active?: boolean | null } | null | undefined

/**
 * Whether the storefront should offer this account no cart at all: a goldsmith's account makes
 * orders and can never place one. Guests and vendors awaiting approval still get a cart; checkout
 * tells them what stands in the way (placementRefusal).
 */
export const neverPlacesOrders = (account: Account): boolean => account?.collection === 'goldsmiths'

/**
 * Why this account may not place an order, with the HTTP status that says so, or null when it
 * may: a signed-in customer, an approved vendor, or staff (on a customer's behalf).
 */
export const placementRefusal = (
  account: Account,
): { status: 401 | 403; message: string } | null => {
  if (!account) return { status: 401, message: 'Please sign in to place an order.' }
  switch (account.collection) {
    case 'customers':
    case 'users':
      return null
    case 'vendors':
      if (account.status === 'approved') return null
      if (account.status === 'pending')
        return {
          status: 403,
          message: 'Your vendor account is awaiting approval; you can order once it is approved.',
        }
      if (account.status === 'rejected')
        return {
          status: 403,
          message: 'Your vendor registration was not approved, so it cannot place orders.',
        }
      return { status: 403, message: 'Your vendor account is disabled; please contact us.' }
    case 'goldsmiths':
      return { status: 403, message: 'Goldsmith accounts make orders; they cannot place them.' }
    default:
      return { status: 403, message: 'This account cannot place orders.' }
  }
}
