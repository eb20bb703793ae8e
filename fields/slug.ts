import type { FieldHook, TextField } from 'payload'

import { slugify, withSuffix } from '@/lib/slug'

/** Fills an empty slug from the source field and adds `-2`, `-3`, … until it is unique. */
const generateUniqueSlug =
  (sourceField: string): FieldHook =>
  async ({ value, data, originalDoc, collection, req }) => {
    const base = slugify(String(value || data?.[sourceField] || originalDoc?.[sourceField] || ''))
    if (!base || !collection) return base || value
    const ownId = originalDoc?.id
    for (let n = 1; n < 1000; n++) {
      const candidate = n === 1 ? base : withSuffix(base, n)
      const clash = await req.payload.find({
        collection: collection.slug as 'categories',
        where: {
          and: [{ slug: { equals: candidate } }, ...(ownId ? [{ id: { not_equals: ownId } }] : [])],
        },
        limit: 1,
        depth: 0,
        pagination: false,
        req,
      })
      if (clash.docs.length === 0) return candidate
    }
    return `${base}-${Date.now()}`
  }

/** A unique, URL-safe slug generated from `sourceField` unless one is typed. */
export const slugField = (sourceField = 'name', overrides: Partial<TextField> = {}): TextField =>
  ({
    name: 'slug',
    type: 'text',
    unique: true,
    index: true,
    admin: { position: 'sidebar', description: `Generated from ${sourceField} when left empty` },
    hooks: { beforeValidate: [generateUniqueSlug(sourceField)] },
    ...overrides,
  }) as TextField
