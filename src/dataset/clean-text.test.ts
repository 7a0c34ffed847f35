import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { looksVietnamese } from './clean-text.ts'

const dongHa = readFileSync(new URL('../../data/dong-ha-2024-03-07.vi.txt', import.meta.url), 'utf8')
const english =
  'In 2025 the commune of Ha Lam collected 12 billion dong in budget revenue, 8 per cent above the estimate. Average income per person reached 61 million dong, and the share of poor households fell to 1.6 per cent. The commune aims to collect 13 billion dong next year and to raise income to 65 million dong per person, while keeping the poverty rate below one per cent.'

describe('looksVietnamese', () => {
  it.each([
    ['the Đông Hà report', dongHa, true],
    ['an English article', english, false],
    [
      'Vietnamese that lost its marks',
      'Nam 2025, thu ngan sach tren dia ban xa dat 12 ty dong. '.repeat(8),
      false,
    ],
    ['a short text, given the benefit of the doubt', 'GDP 2025: 7%', true],
  ])('%s', (_, text, expected) => {
    expect(looksVietnamese(text)).toBe(expected)
  })
})
