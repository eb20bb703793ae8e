/** Our own admin inputs, sized like Payload's and 16px so that phones do not zoom in on focus. */
export const inputStyle = {
  width: '100%',
  maxWidth: 400,
  padding: '10px 12px',
  fontSize: 16,
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  background: 'var(--theme-input-bg, var(--theme-elevation-0))',
  color: 'var(--theme-text)',
} as const

/** A label above its input. */
export const fieldStyle = { display: 'grid', gap: 6 } as const
