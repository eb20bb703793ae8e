import { describe, expect, it } from 'vitest'

import { noteAudienceProblem, readsNote } from './noteAudience'

const nobody = { isStaff: false, isPlacer: false, isAssignedGoldsmith: false, isWriter: false }

describe('noteAudienceProblem', () => {
  it('asks a note without an audience to name one, listing the choices', () => {
    expect(noteAudienceProblem('Confirmed at ₹3,93,524 each', null, 'staff')).toMatch(
      /^Choose who reads the note \(noteVisibility\): internal \(staff only\), buyer .*, karigar/,
    )
  })

  it('needs no audience when there is no note', () => {
    expect(noteAudienceProblem('  ', null, 'staff')).toBeNull()
    expect(noteAudienceProblem(undefined, undefined, 'goldsmith')).toBeNull()
  })

  it('lets staff write to any audience', () => {
    for (const audience of ['internal', 'buyer', 'karigar'])
      expect(noteAudienceProblem('n', audience, 'staff')).toBeNull()
  })

  it('keeps the karigar and the buyer from writing to each other', () => {
    expect(noteAudienceProblem('n', 'buyer', 'goldsmith')).toMatch(
      /karigar can be for karigar or internal/,
    )
    expect(noteAudienceProblem('n', 'karigar', 'placer')).toMatch(
      /buyer can be for buyer or internal/,
    )
  })

  it('refuses an audience that does not exist', () => {
    expect(noteAudienceProblem('n', 'everyone', 'staff')).toMatch(/not everyone/)
  })
})

describe('readsNote', () => {
  it('shows a buyer note to the placer and not to the karigar', () => {
    expect(readsNote({ ...nobody, isPlacer: true }, 'buyer')).toBe(true)
    expect(readsNote({ ...nobody, isAssignedGoldsmith: true }, 'buyer')).toBe(false)
  })

  it('shows a karigar note to the assigned goldsmith and not to the buyer', () => {
    expect(readsNote({ ...nobody, isAssignedGoldsmith: true }, 'karigar')).toBe(true)
    expect(readsNote({ ...nobody, isPlacer: true }, 'karigar')).toBe(false)
  })

  it('shows an internal note to staff only, and any note to its writer', () => {
    expect(readsNote({ ...nobody, isStaff: true }, 'internal')).toBe(true)
    expect(readsNote({ ...nobody, isPlacer: true, isAssignedGoldsmith: true }, 'internal')).toBe(
      false,
    )
    expect(readsNote({ ...nobody, isWriter: true }, 'internal')).toBe(true)
  })
})
