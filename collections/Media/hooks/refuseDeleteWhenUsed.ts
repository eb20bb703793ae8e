import type { CollectionBeforeDeleteHook } from 'payload'
import { APIError } from 'payload'

import { mediaInUseProblem } from '@/lib/mediaIds'
import { mediaUses } from '@/operations/mediaVisibility'

/**
 * An image something shows cannot be deleted: the site would lose its logo or a product its
 * picture without a word (the database drops the link), and an order its record of the piece.
 */
export const refuseDeleteWhenUsed: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // A finished piece's photo whose move lost its race (operations/transitionOrder.ts).
  if (req.context.photoNeverUsed) return
  const uses = await mediaUses(req, id)
  const problem = mediaInUseProblem(uses)
  if (problem) throw new APIError(problem, 409, { uses }, true)
}
