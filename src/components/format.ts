import { metalLabels as metalNames } from '@/lib/metal'

const rupees = new Intl.NumberFormat('en-IN', {
  style: 'currency',
  currency: 'INR',
  maximumFractionDigits: 0,
})

/** ₹1,23,456: Indian digit grouping, no paise. */
export const formatInr = (amount: number) => rupees.format(amount)

/** 12.4 g, at most three decimals (the scale's resolution). */
export const formatGrams = (grams: number) =>
  `${new Intl.NumberFormat('en-IN', { maximumFractionDigits: 3 }).format(grams)} g`

export const metalLabels: Record<string, string> = metalNames

/** "22K Gold", "925 Silver". */
export const metalAndPurity = (metal: string, purity: string) =>
  `${purity} ${metalLabels[metal] ?? metal}`

/** "27 Nov 2026, 9:05 am" in the business's time zone, whatever the server's clock zone. */
export const formatDateTime = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-IN', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    new Date(iso),
  )

/** "27 Nov 2026" in the business's time zone: a step's day on the progress bar. */
export const formatDate = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-IN', { dateStyle: 'medium', timeZone }).format(new Date(iso))
