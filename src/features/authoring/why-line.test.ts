import { describe, expect, it } from 'vitest'
import { shortened } from './why-line.tsx'

describe('the words a reason quotes', () => {
  it('are kept whole when they fit a line', () => {
    expect(shortened('Các chỉ tiêu chủ yếu năm 2025 là')).toBe('Các chỉ tiêu chủ yếu năm 2025 là')
  })

  it('are shortened from a whole word on, never from the middle of one', () => {
    const lead =
      'tốc độ tăng trưởng của các sản phẩm công nghiệp chủ yếu của tỉnh có mức tăng cao như xi măng, thiết bị điện'
    const short = shortened(lead)
    expect(short.startsWith('…')).toBe(true)
    expect(short.length).toBeLessThanOrEqual(70)
    expect(lead.endsWith(short.slice(1))).toBe(true)
    // The first word quoted is a whole word of the text.
    const first = short.slice(1).split(' ')[0] ?? ''
    expect(lead.split(' ')).toContain(first)
  })
})
