import type { CollectionConfig, Field } from 'payload'

/** Our list cells (src/components/admin/cells), by import-map path. */
export const adminCells = {
  date: '/src/components/admin/cells/DateCell#DateCell',
  text: '/src/components/admin/cells/TextCell#TextCell',
  money: '/src/components/admin/cells/MoneyCell#MoneyCell',
  booleanLabel: '/src/components/admin/cells/BooleanLabelCell#BooleanLabelCell',
  status: '/src/components/admin/cells/StatusCell#StatusCell',
  relationTitle: '/src/components/admin/cells/RelationTitleCell#RelationTitleCell',
  images: '/src/components/admin/cells/ImagesCell#ImagesCell',
} as const

/** A JSON field shown read-only without Payload's CDN-loaded code editor. */
export const jsonViewField = '/src/components/admin/fields/JsonView#JsonView'

const timestamp = (name: 'createdAt' | 'updatedAt', label: string): Field => ({
  name,
  label,
  type: 'date',
  index: true,
  admin: { hidden: true, disableBulkEdit: true, components: { Cell: adminCells.date } },
})

/**
 * Payload's own `createdAt` and `updatedAt` (same columns, same index) with a list cell that shows
 * them in the business's time zone rather than the browser's.
 */
export const timestampFields = (): Field[] => [
  timestamp('updatedAt', 'Updated'),
  timestamp('createdAt', 'Created'),
]

/**
 * The collection with its documents' dates shown in the business's time zone above the form
 * (src/components/admin/DocumentDates): payload.config.ts applies it to every collection.
 */
export const withShopDates = (collection: CollectionConfig): CollectionConfig => {
  const components = collection.admin?.components
  return {
    ...collection,
    admin: {
      ...collection.admin,
      components: {
        ...components,
        edit: {
          ...components?.edit,
          beforeDocumentControls: [
            ...(components?.edit?.beforeDocumentControls ?? []),
            '/src/components/admin/DocumentDates#DocumentDates',
          ],
        },
      },
    },
  }
}
