const steps: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Infinity],
]

const phrase = new Intl.RelativeTimeFormat('en-IN', { numeric: 'auto' })

/** "just now", "5 minutes ago", "yesterday", "3 weeks ago": how long ago `iso` was at `now`. */
export const relativeTime = (iso: string, now: number): string => {
  let amount = (new Date(iso).getTime() - now) / 1000
  if (Math.abs(amount) < 45) return 'just now'
  for (const [unit, size] of steps) {
    if (Math.abs(amount) < size) return phrase.format(Math.round(amount), unit)
    amount /= size
  }
  return phrase.format(Math.round(amount), 'year')
}
