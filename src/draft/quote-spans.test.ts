import { describe, expect, it } from 'vitest'
import { findAmounts } from './find-amounts.ts'
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
