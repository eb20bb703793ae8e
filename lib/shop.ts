/** The shop's name until an admin sets one in site settings (emails, titles, authenticator apps). */
export const defaultSiteName = 'Jewellery House'
