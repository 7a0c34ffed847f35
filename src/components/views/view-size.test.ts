import { describe, expect, it } from 'vitest'
import { formatAmount } from '../../dataset/format-amount.ts'
import { amountClass, textTokens } from './view-size.ts'

const steps = textTokens.export.value
const amount = (value: number, unit: 'billion-vnd' | 'percent' | 'percentage-point') =>
  formatAmount({ value, comparator: 'exact', unit }, 'vi')

describe('amountClass', () => {
  it('keeps the first size while the longest amount fits its column', () => {
    expect(amountClass(steps, [amount(9.77, 'percent'), amount(447.229, 'billion-vnd')], 17)).toContain(
      steps[0],
    )
  })

  it('steps the whole list down together for one long amount, down to the smallest step', () => {
    const short = amount(9.77, 'percent')
    const long = amount(0.25, 'percentage-point') // "0,25 điểm phần trăm": 19 characters
    expect(amountClass(steps, [short, long], 17)).toContain(steps[1])
    expect(amountClass(steps, [short, long], 12)).toContain(steps[2])
  })

  it('reads an empty list as fitting', () => {
    expect(amountClass(steps, [], 10)).toContain(steps[0])
  })
})
