/** A small removable tag: an active filter, a category to browse. */
export const chip =
  'inline-flex items-center gap-1.5 border border-ivory-300 bg-white px-3 py-1.5 text-xs hover:border-gold-700'
