import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
} from 'payload'

import { mediaIdsOf } from '@/lib/mediaIds'
import { refreshPublicMedia } from '@/operations/mediaVisibility'

type Doc = Record<string, unknown> | null | undefined

/** The values at dotted paths (`hero.image`) of a document. */
const valuesAt = (doc: Doc, paths: string[]) =>
  paths.map((path) =>
    path.split('.').reduce<unknown>((value, key) => (value as Doc)?.[key], doc ?? undefined),
  )

/** Only a change of images or of publication can change which images are public. */
const imagesOrStatusChanged = (doc: Doc, previous: Doc, paths: string[]) =>
  doc?.status !== previous?.status ||
  JSON.stringify(mediaIdsOf(valuesAt(doc, paths))) !==
    JSON.stringify(mediaIdsOf(valuesAt(previous, paths)))

/** The images both before and after a change, when the change can alter who may see them. */
const refreshChanged = async (
  req: Parameters<CollectionAfterChangeHook>[0]['req'],
  doc: Doc,
  previous: Doc,
  paths: string[],
) => {
  if (imagesOrStatusChanged(doc, previous, paths))
    await refreshPublicMedia(req, mediaIdsOf(valuesAt(doc, paths), valuesAt(previous, paths)))
}

/** After a change to something that shows images: re-decide which of them anyone may read. */
export const refreshMediaAfterChange =
  (paths: string[]): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    await refreshChanged(req, doc, previousDoc, paths)
    return doc
  }

export const refreshMediaAfterDelete =
  (paths: string[]): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    await refreshPublicMedia(req, mediaIdsOf(valuesAt(doc, paths)))
    return doc
  }

export const refreshMediaAfterGlobalChange =
  (paths: string[]): GlobalAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    await refreshChanged(req, doc, previousDoc, paths)
    return doc
  }
