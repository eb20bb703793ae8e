/**
 * Who reads a note on an order's timeline, chosen by its writer: `internal` is staff only, `buyer`
 * staff and the person who placed the order, `karigar` staff and the goldsmith assigned now.
 */
export const noteAudiences = ['internal', 'buyer', 'karigar'] as const
export type NoteAudience = (typeof noteAudiences)[number]

/** What the writer is told when choosing. */
export const noteAudienceLabels: Record<NoteAudience, string> = {
  internal: 'Staff only',
  buyer: 'The buyer (and staff)',
  karigar: 'The karigar (and staff)',
}

export type NoteWriter = 'staff' | 'placer' | 'goldsmith'

/** Whom each kind of writer may address: the workshop and the buyer never write to each other. */
export const noteAudiencesFor: Record<NoteWriter, readonly NoteAudience[]> = {
  staff: noteAudiences,
  placer: ['buyer', 'internal'],
  goldsmith: ['karigar', 'internal'],
}

/**
 * Null when `note` may be written for `audience` by `writer`, else why not. A note must name its
 * audience: there is no default that could send a price confirmed to a buyer to the workshop.
 */
export const noteAudienceProblem = (
  note: string | null | undefined,
  audience: string | null | undefined,
  writer: NoteWriter,
): string | null => {
  if (!note?.trim()) return null
  const allowed = noteAudiencesFor[writer]
  if (!audience)
    return `Choose who reads the note (noteVisibility): ${allowed.map((a) => `${a} (${noteAudienceLabels[a].toLowerCase()})`).join(', ')}`
  if (!allowed.includes(audience as NoteAudience))
    return `A note from ${writer === 'placer' ? 'the buyer' : writer === 'goldsmith' ? 'the karigar' : 'staff'} can be for ${allowed.join(' or ')}, not ${audience}`
  return null
}

export type NoteReader = {
  isStaff: boolean
  isPlacer: boolean
  isAssignedGoldsmith: boolean
  isWriter: boolean
}

/** Whether `reader` may read a note for `audience`: staff and its writer always; others by audience. */
export const readsNote = (reader: NoteReader, audience: string | null | undefined): boolean =>
  reader.isStaff ||
  reader.isWriter ||
  (audience === 'buyer' && reader.isPlacer) ||
  (audience === 'karigar' && reader.isAssignedGoldsmith)
