import { gstinProblem } from './gstin'
import { passwordProblem } from './password'
import { phoneProblem } from './phone'
import type { StorefrontCollection } from './accountKinds'

// The kinds of account live apart so the storefront's header can name one without loading the
// validation below into every page's JavaScript.
export * from './accountKinds'

/** Staff roles, declared once: select options, checks and tests derive from this list. */
export const staffRoles = ['admin', 'staff'] as const
export type StaffRole = (typeof staffRoles)[number]

export const staffRoleLabels: Record<StaffRole, string> = { admin: 'Admin', staff: 'Staff' }
/**
 * What only an `admin` manages: other people's accounts and the site's settings. `staff` work the
 * catalogue, the orders and vendor decisions, and never open these (not even their admin screens).
 */
export const adminOnlyCollections = ['users', 'customers', 'goldsmiths'] as const
export const adminOnlyGlobals = ['site-settings'] as const

/** The lifecycle of a retail jeweller's account. Only `approved` vendors may see prices or order. */
export const vendorStatuses = ['pending', 'approved', 'rejected', 'disabled'] as const
export type VendorStatus = (typeof vendorStatuses)[number]

/** Each vendor status as staff read it in the admin. */
export const vendorStatusLabels: Record<VendorStatus, string> = {
  pending: 'Pending approval',
  approved: 'Approved',
  rejected: 'Rejected',
  disabled: 'Disabled',
}

/** The kinds of account that place orders (an order's `placedBy`). */
export const placerCollections = ['customers', 'vendors'] as const
export type PlacerCollection = (typeof placerCollections)[number]

/** The fields a person may change on their own storefront account, per kind. */
export const profileFields = {
  customers: ['name', 'phone'],
  vendors: ['businessName', 'ownerName', 'phone'],
  goldsmiths: ['name', 'phone'],
} as const satisfies Record<StorefrontCollection, readonly string[]>

/** Who acted, as an order's history records it (staff of either role are `staff`). */
export const historyActorRoles = ['customer', 'vendor', 'goldsmith', 'staff'] as const
export type HistoryActorRole = (typeof historyActorRoles)[number]

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

/**
 * The problems in what a person typed into a sign-up form, by field, with the server's own
 * messages: the form shows them all at once before sending. The server checks again and stays
 * the authority (it also knows, say, that an email is taken).
 */
export const accountInputProblems = (input: {
  password?: string
  phone?: string
  gstNumber?: string
}): Record<string, string> => {
  const problems: Record<string, string | null> = {
    password: input.password == null ? null : passwordProblem(input.password),
    phone: input.phone ? phoneProblem(input.phone) : null,
    gstNumber: input.gstNumber ? gstinProblem(input.gstNumber) : null,
  }
  return Object.fromEntries(
    Object.entries(problems).filter((entry): entry is [string, string] => entry[1] !== null),
  )
}
