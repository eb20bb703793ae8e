'use client'

import type { JSONFieldClientComponent } from 'payload'
import { FieldLabel, useField } from '@payloadcms/ui'

import '../admin.scss'

/**
 * A JSON field shown read-only as formatted text. Payload's JSON editor (Monaco) loads its code
 * from a CDN, and the admin requests nothing from another host; these fields are never typed.
 */
export const JsonView: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField<unknown>({ path: path ?? field.name })
  return (
    <div className="field-type shop-json">
      <FieldLabel label={field.label ?? field.name} path={path} />
      <pre>{value === undefined || value === null ? '—' : JSON.stringify(value, null, 2)}</pre>
      {typeof field.admin?.description === 'string' ? (
        <p className="field-description">{field.admin.description}</p>
      ) : null}
    </div>
  )
}
