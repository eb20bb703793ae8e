import { describe, expect, it } from 'vitest'

import { migrationState } from './health'

describe('migrationState', () => {
  const shipped = ['20261127_initial', '20261130_throttles']

  it('is current when every shipped migration is applied', () => {
    const applied = shipped.map((name, i) => ({ name, batch: i + 1 }))
    expect(migrationState(applied, shipped)).toEqual({
      state: 'current',
      applied: 2,
      shipped: 2,
      pending: [],
    })
  })

  it('names the shipped migrations not yet applied', () => {
    expect(migrationState([{ name: shipped[0], batch: 1 }], shipped)).toMatchObject({
      state: 'pending',
      pending: ['20261130_throttles'],
    })
  })

  it('says when development mode pushed the schema', () => {
    expect(migrationState([{ name: 'dev', batch: -1 }], shipped).state).toBe(
      'pushed by development',
    )
  })
})
