import { describe, expect, it } from 'vitest'
import { statedVerdict, statedWords } from './stated-verdict.ts'

describe('statedVerdict', () => {
  it.each([
    ['Tổng thu ngân sách đạt 112% dự toán năm.', 'reached'],
    ['Thu ngân sách vượt 18,5% dự toán.', 'reached'],
    ['Sản lượng lương thực đạt 96% kế hoạch.', 'missed'],
    ['Sản lượng lương thực đạt 100% kế hoạch.', 'reached'],
    ['Giải ngân vốn đầu tư công vượt kế hoạch đề ra.', 'reached'],
    ['Có 12/13 chỉ tiêu đạt và vượt kế hoạch.', 'reached'],
    ['Hoàn thành vượt mức chỉ tiêu tuyển quân.', 'reached'],
    ['Tỷ lệ hộ nghèo giảm còn 2,1%, không đạt chỉ tiêu nghị quyết.', 'missed'],
    ['Thu ngân sách chưa đạt dự toán.', 'missed'],
    ['Tốc độ tăng trưởng chưa hoàn thành kế hoạch (đạt 9,77%).', 'missed'],
    // An amount reached is not a target reached.
    ['Tổng vốn đầu tư toàn xã hội đạt 7.412 tỷ đồng.', null],
    ['Số việc làm mới đạt hơn 1.900 lao động.', null],
    ['Kế hoạch năm 2025: tăng trưởng 13%.', null],
  ] as const)('“%s” → %s', (sentence, expected) => {
    expect(statedVerdict(sentence)).toBe(expected)
  })

  it('quotes the report’s own words, to be shown as they stand in the report', () => {
    expect(statedWords('Thu ngân sách vượt kế hoạch.')?.words).toBe('vượt kế hoạch')
    expect(statedWords('Sản lượng lương thực đạt 96% kế hoạch.')?.words).toBe('đạt 96% kế hoạch')
    expect(statedWords('Tỷ lệ hộ nghèo còn 3,4%, không đạt chỉ tiêu.')?.words).toBe('không đạt chỉ tiêu')
  })
})
