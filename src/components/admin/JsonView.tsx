'use client'

import type { JSONFieldClientComponent } from 'payload'
import { FieldDescription, FieldLabel, useField } from '@payloadcms/ui'

/**
 * A JSON field shown as text, for data only the server writes (an audit entry's changes). Payload's
 * own JSON field is an editor (Monaco) loaded from a public CDN: it fails offline, needs the CDN in
 * the content security policy, and offers editing where there is nothing to edit.
 */
export const JsonView: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField<unknown>({ path })
  const label = typeof field.label === 'string' ? field.label : field.name
  return (
    <div className="field-type json-field">
      <FieldLabel label={label} path={path} />
      <pre
        style={{
          margin: 0,
          padding: 'calc(var(--base) / 2)',
          background: 'var(--theme-elevation-50)',
          borderRadius: 'var(--style-radius-s)',
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-word',
          fontSize: 13,
        }}
      >
        {value === undefined || value === null ? '—' : JSON.stringify(value, null, 2)}
      </pre>
      {field.admin?.description ? (
        <FieldDescription description={field.admin.description} path={path} />
      ) : null}
    </div>
  )
}
