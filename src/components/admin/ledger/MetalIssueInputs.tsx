'use client'

import { fieldStyle, inputStyle } from '../formStyles'
import { GramsInput } from './GramsInput'

export type MetalIssueDraft = { weight: string; purity: string }

/**
 * Metal handed to the karigar with the assignment (optional): grams of alloy and its purity, one
 * of the order's. Left empty, the order is assigned without going through the metal ledger.
 */
export function MetalIssueInputs({
  purities,
  value,
  onChange,
}: {
  purities: string[]
  value: MetalIssueDraft
  onChange: (next: MetalIssueDraft) => void
}) {
  if (!purities.length) return null
  return (
    <fieldset
      data-testid="metal-issue"
      style={{ border: 0, padding: 0, margin: 0, display: 'flex', flexWrap: 'wrap', gap: 12 }}
    >
      <legend className="field-label" style={{ marginBottom: 8 }}>
        Issue metal to the karigar (optional)
      </legend>
      <GramsInput
        label="Weight (g)"
        name="metalIssue.weight"
        value={value.weight}
        placeholder="e.g. 10.250"
        onChange={(weight) => onChange({ ...value, weight })}
      />
      <label style={{ ...fieldStyle, flex: '1 1 120px' }}>
        <span>Purity</span>
        <select
          name="metalIssue.purity"
          value={value.purity || purities[0]}
          onChange={(e) => onChange({ ...value, purity: e.target.value })}
          style={inputStyle}
        >
          {purities.map((purity) => (
            <option key={purity} value={purity}>
              {purity}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  )
}

/** The `metalIssue` of an assignment, or null when no weight was entered. */
export const metalIssueOf = (draft: MetalIssueDraft, purities: string[]) =>
  draft.weight.trim() ? { weight: Number(draft.weight), purity: draft.purity || purities[0] } : null
