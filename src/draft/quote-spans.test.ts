import { describe, expect, it } from 'vitest'
import { findAmounts } from './find-amounts.ts'
import { guessLabel } from './label.ts'
import { quoteSpans } from './quote-spans.ts'

describe('quoteSpans', () => {
  it.each<[string, string[]]>([
    [
      'Toàn thành phố có 09 phường, với diện tích tự nhiên là 73,0853 km2, dân số là 101.249 người',
      ['Toàn thành phố có 09 phường', 'với diện tích tự nhiên là 73,0853 km2', 'dân số là 101.249 người'],
    ],
    [
      'tổng vốn đầu tư toàn xã hội thực hiện 7.412 tỷ đồng, tăng 12% so với năm 2022',
      [
        'tổng vốn đầu tư toàn xã hội thực hiện 7.412 tỷ đồng, tăng 12% so với năm 2022',
        'tổng vốn đầu tư toàn xã hội thực hiện 7.412 tỷ đồng, tăng 12% so với năm 2022',
      ],
    ],
    [
      'Đảng bộ có 67 tổ chức cơ sở đảng (gồm 16 Đảng bộ, 51 chi bộ cơ sở)',
      Array(3).fill('Đảng bộ có 67 tổ chức cơ sở đảng (gồm 16 Đảng bộ, 51 chi bộ cơ sở)'),
    ],
    ['đảm bảo an sinh, tỷ lệ hộ nghèo giảm 0,25%', ['đảm bảo an sinh, tỷ lệ hộ nghèo giảm 0,25%']],
  ])('%j', (text, expected) => {
    const clause = { text, start: 10 }
    const spans = quoteSpans(clause, findAmounts(text).amounts)
    expect(spans.map((span) => span.text)).toEqual(expected)
    for (const span of spans)
      expect(text.slice(span.start - 10, span.start - 10 + span.text.length)).toBe(span.text)
  })
})

describe('guessLabel', () => {
  it.each<[string, string, string, string]>([
    ['Tổng thu ngân sách trên địa bàn thực hiện ', 'tỷ đồng', '', 'Tổng thu ngân sách trên địa bàn'],
    ['Toàn thành phố có ', 'phường, với', '', 'Phường'],
    [' cơ sở đảng (gồm ', 'Đảng bộ', '', 'Đảng bộ'],
    [', tăng ', '% so với năm 2022', 'tổng vốn đầu tư thực hiện ', 'Tổng vốn đầu tư (tăng)'],
    ['Tổng số đảng viên đến cuối năm 2023 là ', 'đồng chí', '', 'Tổng số đảng viên'],
    ['Năm 2024, tổng giá trị sản xuất đạt ', 'tỷ đồng', '', 'Tổng giá trị sản xuất'],
  ])('%j → %j', (before, nounAfter, subject, expected) => {
    expect(guessLabel(before, nounAfter, subject)).toBe(expected)
  })
})
