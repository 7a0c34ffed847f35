import { describe, expect, it } from 'vitest'
import { classifyRole, findYearMentions, type Role } from './classify-period.ts'

describe('findYearMentions', () => {
  it.each<[string, object[]]>([
    ['Năm 2023, Thành phố Đông Hà có 8/13 chỉ tiêu', [{ kind: 'context', period: { year: 2023 } }]],
    ['tăng 9,77% so với năm 2022', [{ kind: 'base', period: { year: 2022 } }]],
    ['giảm 0,25% so với đầu năm 2023', [{ kind: 'base', period: { year: 2023, point: 'start' } }]],
    ['đảng viên đến cuối năm 2023 là 7.210', [{ kind: 'point', period: { year: 2023, point: 'end' } }]],
    [
      'Trong 6 tháng đầu năm 2025, tổng giá trị',
      [{ kind: 'context', period: { year: 2025 }, partOfYear: '6 tháng đầu' }],
    ],
    ['tăng 8,6% so với cùng kỳ năm 2024', [{ kind: 'base', period: { year: 2024 } }]],
    ['gấp 1,3 lần năm 2024', [{ kind: 'base', period: { year: 2024 } }]],
    ['Ngày 14 tháng 7 năm 2025, hội nghị', []],
    ['giai đoạn 2021-2025', [{ kind: 'context', period: { year: 2025 } }]],
    [
      '6 tháng cuối năm, phấn đấu',
      [{ kind: 'context', period: { year: 0 }, isImplicit: true, partOfYear: '6 tháng cuối' }],
    ],
    ['6 tháng cuối năm 2025', [{ kind: 'context', period: { year: 2025 }, partOfYear: '6 tháng cuối' }]],
    ['Kim ngạch xuất khẩu năm 2024 đạt 2,3 triệu USD', [{ kind: 'context', period: { year: 2024 } }]],
  ])('%j', (text, expected) => {
    expect(findYearMentions(text)).toEqual(
      expected.map((mention) => ({ ...mention, index: expect.any(Number) })),
    )
  })
})

describe('classifyRole', () => {
  it.each<[string, number, number | undefined, Role | null]>([
    ['Năm 2023, Thành phố có 8/13 chỉ tiêu chủ yếu đạt và vượt kế hoạch đề ra.', 2023, 2024, 'actual'],
    ['Năm 2023, Thành phố có 8/13 chỉ tiêu chủ yếu đạt và vượt kế hoạch đề ra.', 2023, undefined, 'actual'],
    ['Năm 2024, thành phố xác định 15 chỉ tiêu chủ yếu, bao gồm: tăng trưởng đạt 13%', 2024, 2024, 'target'],
    ['năm 2025 phấn đấu đạt 3 triệu USD', 2025, 2025, 'target'],
    ['năm 2025 tổng thu ngân sách 500 tỷ đồng', 2025, 2024, 'target'],
    ['năm 2025, tổng giá trị sản xuất ước đạt 4,2 nghìn tỷ đồng', 2025, 2025, 'actual'],
    ['năm 2024 đạt 2,3 triệu USD', 2024, undefined, 'actual'],
    ['năm 2024, thành phố có 20 trường', 2024, 2024, null],
  ])('%j (%d, report of %s) → %s', (words, year, publishedYear, expected) => {
    expect(classifyRole(words, year, publishedYear)).toBe(expected)
  })
})
