'use client'

import type { JSONFieldClientComponent } from 'payload'
import { FieldLabel, useField } from '@payloadcms/ui'

import { snapshotAttributes, snapshotImages, thumbnailOf } from './snapshot'

/**
 * A product snapshot's frozen JSON (its images or attributes) as people read it, in place of
 * Payload's JSON editor: the data is never edited, and the editor would load from a public CDN.
 */
export const SnapshotField: JSONFieldClientComponent = ({ path, field }) => {
  const { value } = useField<unknown>({ path })
  const images = snapshotImages(value)
  const attributes = snapshotAttributes(value)
  return (
    <div className="field-type" style={{ marginBottom: 16 }}>
      <FieldLabel label={field.label || field.name} path={path} />
      {field.name === 'images' ? (
        images.length ? (
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
            {images.map((image, i) => {
              const src = thumbnailOf(image)
              return src ? (
                // eslint-disable-next-line @next/next/no-img-element -- a frozen URL of our own media, shown small
                <img
                  key={i}
                  src={src}
                  alt={image.alt ?? ''}
                  width={64}
                  height={64}
                  style={{ objectFit: 'cover', borderRadius: 4 }}
                />
              ) : null
            })}
          </div>
        ) : (
          <p style={{ color: 'var(--theme-elevation-500)' }}>No images</p>
        )
      ) : attributes.length ? (
        <dl
          style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '2px 12px', margin: 0 }}
        >
          {attributes.map(({ key, value: text }) => (
            <div key={key} style={{ display: 'contents' }}>
              <dt style={{ color: 'var(--theme-elevation-500)' }}>{key}</dt>
              <dd style={{ margin: 0 }}>{text}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p style={{ color: 'var(--theme-elevation-500)' }}>None</p>
      )}
    </div>
  )
}
