'use client'

import { fieldStyle, inputStyle } from '../formStyles'

/** A weight as a scale gives it: grams to the milligram, never negative; its label above it. */
export function GramsInput({
  label,
  name,
  value,
  onChange,
  placeholder,
  labelClassName,
}: {
  label: string
  name: string
  value: string
  onChange: (value: string) => void
  placeholder?: string
  labelClassName?: string
}) {
  return (
    <label style={{ ...fieldStyle, flex: '1 1 160px' }}>
      <span className={labelClassName}>{label}</span>
      <input
        type="number"
        inputMode="decimal"
        min={0}
        step={0.001}
        name={name}
        value={value}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
        style={inputStyle}
      />
    </label>
  )
}
