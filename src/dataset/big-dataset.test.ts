import { describe, expect, it } from 'vitest'
import { bigDataset } from '../../scripts/big-dataset.ts'
import { verifyDataset } from './verify.ts'

describe('the generated 100-indicator dataset (fictional Hòa Lâm)', () => {
  const { dataset, sourceText } = bigDataset()

  it('has 100 indicators and 300 figures', () => {
    expect(dataset.indicators).toHaveLength(100)
    expect(dataset.figures).toHaveLength(300)
    expect(new Set(dataset.indicators.map((indicator) => indicator.name.vi)).size).toBe(100)
  })

  it('verifies against its report text like the real datasets', () => {
    const errors = verifyDataset(dataset, sourceText).filter((problem) => problem.severity !== 'warning')
    expect(errors.map((problem) => `${problem.path}: ${problem.en}`)).toEqual([])
  })
})
