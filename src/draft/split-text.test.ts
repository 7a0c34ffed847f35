import { describe, expect, it } from 'vitest'
import { splitClauses, splitCommaParts, splitReport, splitSentences } from './split-text.ts'

const texts = (spans: { text: string }[]) => spans.map((span) => span.text)

describe('splitSentences', () => {
  it.each<[string, string[]]>([
    [
      'Tổng số là 7.210 đồng chí. Tổng số cán bộ hơn 1.441 người.',
      ['Tổng số là 7.210 đồng chí.', 'Tổng số cán bộ hơn 1.441 người.'],
    ],
    [
      'Tuyển quân đạt 100% kế hoạch. 100% tổ chức đảng học tập.',
      ['Tuyển quân đạt 100% kế hoạch.', '100% tổ chức đảng học tập.'],
    ],
    ['Về TP. Đông Hà có 09 phường.', ['Về TP. Đông Hà có 09 phường.']],
    // A page that lost the space after a full stop; an abbreviation glued to its name stays.
    [
      'Các chỉ tiêu năm 2022 đã được thực hiện khá toàn diện.Năm 2022, tăng trưởng đạt 9,02%.',
      ['Các chỉ tiêu năm 2022 đã được thực hiện khá toàn diện.', 'Năm 2022, tăng trưởng đạt 9,02%.'],
    ],
    [
      'Phấn đấu đạt chuẩn trong năm 2025.Thu ngân sách đạt 25 tỷ đồng.',
      ['Phấn đấu đạt chuẩn trong năm 2025.', 'Thu ngân sách đạt 25 tỷ đồng.'],
    ],
    ['Tại Tp.Hồ Chí Minh và TP.Huế có 5 xã.', ['Tại Tp.Hồ Chí Minh và TP.Huế có 5 xã.']],
    ['Thu 447,229 tỷ đồng; vốn 7.412 tỷ đồng', ['Thu 447,229 tỷ đồng; vốn 7.412 tỷ đồng']],
  ])('%j', (text, expected) => {
    expect(texts(splitSentences({ text, start: 0 }))).toEqual(expected)
  })
})

describe('splitClauses', () => {
  it.each<[string, string[]]>([
    [
      'Tăng 9,77%; cơ cấu chuyển dịch; thu 447,229 tỷ đồng.',
      ['Tăng 9,77%', 'cơ cấu chuyển dịch', 'thu 447,229 tỷ đồng'],
    ],
    [
      'Năm 2024, với phương châm: “Đổi mới; dám làm”, thành phố xác định 15 chỉ tiêu chủ yếu, bao gồm: Tăng trưởng đạt 13%; Tổng thu ngân sách: 702,200 tỷ đồng.',
      [
        'Năm 2024, với phương châm: “Đổi mới; dám làm”, thành phố xác định 15 chỉ tiêu chủ yếu, bao gồm',
        'Tăng trưởng đạt 13%',
        'Tổng thu ngân sách: 702,200 tỷ đồng',
      ],
    ],
    ['- Thu ngân sách ít nhất 380 tỷ đồng;', ['Thu ngân sách ít nhất 380 tỷ đồng']],
  ])('%j', (text, expected) => {
    expect(texts(splitClauses({ text, start: 0 }))).toEqual(expected)
  })
})

describe('splitCommaParts', () => {
  it('cuts at commas outside brackets and keeps decimal commas', () => {
    const text = 'có 67 tổ chức (gồm 16 Đảng bộ, 51 chi bộ), diện tích 73,0853 km2, dân số 101.249 người'
    expect(texts(splitCommaParts({ text, start: 0 }))).toEqual([
      'có 67 tổ chức (gồm 16 Đảng bộ, 51 chi bộ)',
      'diện tích 73,0853 km2',
      'dân số 101.249 người',
    ])
  })
})

describe('splitReport', () => {
  const text =
    'Tiêu đề\n\nNăm 2025, huyện phấn đấu, bao gồm:\n- Thu 380 tỷ đồng;\n- Trồng 250 ha rừng.\n\nĐoạn khác có 5 xã.'
  const paragraphs = splitReport(text)

  it('keeps every span a verbatim slice of the text', () => {
    for (const paragraph of paragraphs) {
      expect(text.slice(paragraph.start, paragraph.start + paragraph.text.length)).toBe(paragraph.text)
      for (const sentence of paragraph.sentences) {
        for (const clause of sentence.clauses)
          expect(text.slice(clause.start, clause.start + clause.text.length)).toBe(clause.text)
      }
    }
  })

  it('carries a list on after a line ending in ":" and on bullet lines, not after a full stop', () => {
    expect(paragraphs.map((p) => [p.text, p.continuesPrevious])).toEqual([
      ['Tiêu đề', false],
      ['Năm 2025, huyện phấn đấu, bao gồm:', false],
      ['- Thu 380 tỷ đồng;', true],
      ['- Trồng 250 ha rừng.', true],
      ['Đoạn khác có 5 xã.', false],
    ])
  })

  it('joins a line the page cut inside a sentence, and keeps list items and headings on their own lines', () => {
    const wrapped =
      'Kết quả năm 2025\nTốc độ tăng trưởng GRDP\ntoàn xã đạt 8,1%. Thu ngân sách đạt 40 tỷ đồng dưới sự giám sát của\nHĐND xã.\nCác chỉ tiêu chủ yếu:\ntăng trưởng 8%\nthu ngân sách 45 tỷ đồng'
    expect(splitReport(wrapped).map((p) => p.text)).toEqual([
      'Kết quả năm 2025',
      'Tốc độ tăng trưởng GRDP\ntoàn xã đạt 8,1%. Thu ngân sách đạt 40 tỷ đồng dưới sự giám sát của\nHĐND xã.',
      'Các chỉ tiêu chủ yếu:',
      'tăng trưởng 8%',
      'thu ngân sách 45 tỷ đồng',
    ])
  })

  it('joins a span of years and a date the page cut in two', () => {
    const wrapped =
      'Ngày\n25 tháng 12 năm 2024, HĐND xã Mẫu Lâm khóa IV nhiệm kỳ 2021 -\n2026 tổ chức kỳ họp thứ 9.\nNăm 2024, thu ngân sách đạt 12 tỷ đồng.'
    expect(splitReport(wrapped).map((p) => p.text)).toEqual([
      'Ngày\n25 tháng 12 năm 2024, HĐND xã Mẫu Lâm khóa IV nhiệm kỳ 2021 -\n2026 tổ chức kỳ họp thứ 9.',
      'Năm 2024, thu ngân sách đạt 12 tỷ đồng.',
    ])
  })

  it('joins an amount the page put on the line after its verb, and keeps a number list its own', () => {
    const wrapped =
      'Năm 2024, doanh thu dịch vụ trên địa bàn xã ước đạt\n812 tỷ đồng, bằng 104% kế hoạch.\nChỉ tiêu năm 2025\n8% tăng trưởng'
    expect(splitReport(wrapped).map((p) => p.text)).toEqual([
      'Năm 2024, doanh thu dịch vụ trên địa bàn xã ước đạt\n812 tỷ đồng, bằng 104% kế hoạch.',
      'Chỉ tiêu năm 2025',
      '8% tăng trưởng',
    ])
  })
})
