import type { Payload } from 'payload'

/** The demo shop as the seller on tax invoices (a made-up GSTIN of Rajasthan with a valid check digit). */
export const demoInvoiceDetails = {
  legalName: 'Swarna Jewellery House Private Limited',
  gstin: '08ABCFS1234K1Z7',
  address: '14 Johari Bazaar, Jaipur, Rajasthan 302003',
}

/** Sets the demo's invoice details once, leaving any the shop entered itself alone. */
export const seedInvoiceDetails = async (payload: Payload) => {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  if (settings.invoiceDetails?.gstin) return
  await payload.updateGlobal({
    slug: 'site-settings',
    data: { invoiceDetails: demoInvoiceDetails },
  })
}
