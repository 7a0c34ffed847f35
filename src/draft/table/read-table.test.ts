import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { figureProblems } from '../../dataset/verify-figure.ts'
import { draftDataset } from '../draft-dataset.ts'
import { type ColumnKind, columnKind } from './column-heading.ts'
import { findTables } from './find-tables.ts'

// Headings as the tables of district and province reports write them; what each holds, written by hand.
const headings: [string, ColumnKind][] = [
  ['STT', { kind: 'stt' }],
  ['TT', { kind: 'stt' }],
  ['Chỉ tiêu', { kind: 'name' }],
  ['Nội dung', { kind: 'name' }],
  ['ĐVT', { kind: 'unit' }],
  ['Đơn vị tính', { kind: 'unit' }],
  ['Ghi chú', { kind: 'note' }],
  ['TH 2023', { kind: 'level', role: 'actual', year: 2023 }],
  ['Thực hiện năm 2024', { kind: 'level', role: 'actual', year: 2024 }],
  ['Năm 2022', { kind: 'level', role: 'actual', year: 2022 }],
  ['KH 2024', { kind: 'level', role: 'target', year: 2024 }],
  ['Kế hoạch năm 2025', { kind: 'level', role: 'target', year: 2025 }],
  ['Chỉ tiêu NQ năm 2024', { kind: 'level', role: 'target', year: 2024 }],
  ['Chỉ tiêu kế hoạch', { kind: 'level', role: 'target' }],
  ['Dự toán 2024', { kind: 'level', role: 'target', year: 2024 }],
  ['ƯTH 2024', { kind: 'level', role: 'actual', year: 2024, isEstimate: true }],
  ['Ước thực hiện năm 2025', { kind: 'level', role: 'actual', year: 2025, isEstimate: true }],
  ['6 tháng đầu năm 2024', { kind: 'level', role: 'actual', year: 2024, partOfYear: '6 tháng đầu năm' }],
  ['Quý I/2025', { kind: 'level', role: 'actual', year: 2025, partOfYear: 'quý I' }],
  ['ƯTH/KH (%)', { kind: 'share-of-plan' }],
  ['ƯTH 2024 so với KH 2024 (%)', { kind: 'share-of-plan', year: 2024 }],
  ['TH so dự toán (%)', { kind: 'share-of-plan', ofEstimate: true }],
  ['ƯTH 2024/TH 2023 (%)', { kind: 'share-of-earlier', year: 2024, from: 2023 }],
  ['So cùng kỳ (%)', { kind: 'share-of-earlier' }],
  // Compared with what, only a sub-heading would say.
  ['So sánh (%)', { kind: 'unknown' }],
  ['Tăng/giảm', { kind: 'unknown' }],
]

describe('a table column by its heading', () => {
  it.each(headings)('%s', (heading, kind) => {
    expect(columnKind(heading)).toEqual(kind)
  })
})

// A fictional district's appendix as a browser copies a table (e2e/fixtures/tables/son-khe.vi.txt): a row a line, cells between tabs, the comparison's
// heading over two rows.
const report = readFileSync(new URL('../../../e2e/fixtures/tables/son-khe.vi.txt', import.meta.url), 'utf8')

type Row = [
  valueText: string,
  role: string,
  year: number,
  unit: string,
  value: number,
  comparator: string,
  name: string,
]
// Written by hand from the table: what an official would put on the dashboard, row by row.
const expected: Row[] = [
  ['12.540', 'actual', 2024, 'billion-vnd', 12540, 'exact', 'Tổng giá trị sản xuất'],
  ['13.600', 'target', 2025, 'billion-vnd', 13600, 'exact', 'Tổng giá trị sản xuất'],
  ['13.720,4', 'actual', 2025, 'billion-vnd', 13720.4, 'exact', 'Tổng giá trị sản xuất'],
  ['100,9', 'actual', 2025, 'percent-of-plan', 100.9, 'exact', 'Tổng giá trị sản xuất (% kế hoạch)'],
  ['109,4', 'actual', 2025, 'percent', 109.4, 'exact', 'Tổng giá trị sản xuất so với năm trước'],
  ['5.440', 'actual', 2024, 'billion-vnd', 5440, 'exact', 'Tổng giá trị sản xuất: công nghiệp - xây dựng'],
  ['6.000', 'target', 2025, 'billion-vnd', 6000, 'exact', 'Tổng giá trị sản xuất: công nghiệp - xây dựng'],
  [
    '6.105,4',
    'actual',
    2025,
    'billion-vnd',
    6105.4,
    'exact',
    'Tổng giá trị sản xuất: công nghiệp - xây dựng',
  ],
  [
    '101,8',
    'actual',
    2025,
    'percent-of-plan',
    101.8,
    'exact',
    'Tổng giá trị sản xuất: công nghiệp - xây dựng (% kế hoạch)',
  ],
  [
    '112,2',
    'actual',
    2025,
    'percent',
    112.2,
    'exact',
    'Tổng giá trị sản xuất: công nghiệp - xây dựng so với năm trước',
  ],
  ['2,1', 'actual', 2024, 'percent', 2.1, 'exact', 'Tỷ lệ hộ nghèo'],
  ['1,5', 'target', 2025, 'percent', 1.5, 'exact', 'Tỷ lệ hộ nghèo'],
  ['1,45', 'actual', 2025, 'percent', 1.45, 'exact', 'Tỷ lệ hộ nghèo'],
  ['45', 'actual', 2024, 'percent', 45, 'exact', 'Tỷ lệ che phủ rừng'],
  ['≥ 45,5', 'target', 2025, 'percent', 45.5, 'atLeast', 'Tỷ lệ che phủ rừng'],
  ['45,6', 'actual', 2025, 'percent', 45.6, 'exact', 'Tỷ lệ che phủ rừng'],
  ['3', 'actual', 2024, 'commune', 3, 'exact', 'Số xã đạt chuẩn nông thôn mới nâng cao'],
  ['5', 'target', 2025, 'commune', 5, 'exact', 'Số xã đạt chuẩn nông thôn mới nâng cao'],
  ['5', 'actual', 2025, 'commune', 5, 'exact', 'Số xã đạt chuẩn nông thôn mới nâng cao'],
  [
    '100',
    'actual',
    2025,
    'percent-of-plan',
    100,
    'exact',
    'Số xã đạt chuẩn nông thôn mới nâng cao (% kế hoạch)',
  ],
  ['412 tỷ đồng', 'actual', 2025, 'billion-vnd', 412, 'exact', 'Tổng thu ngân sách trên địa bàn'],
  [
    '105% dự toán',
    'actual',
    2025,
    'percent-of-estimate',
    105,
    'exact',
    'Tổng thu ngân sách trên địa bàn (% dự toán)',
  ],
]

describe('a report with a table', () => {
  const draft = draftDataset(report, 'son-khe.txt')

  it('reads each value cell under the column that says what it is, and the sentences around the table', () => {
    expect(
      draft.figures.map((f) => [
        f.valueText,
        f.role,
        f.period?.year,
        f.unit,
        f.value,
        f.comparator,
        f.label.vi,
      ]),
    ).toEqual(expected)
  })

  it('quotes the row, points at the cell, and says which column chose the role and year', () => {
    const cell = draft.figures.find((f) => f.valueText === '13.600')
    expect(cell?.quote).toBe('1\tTổng giá trị sản xuất\tTỷ đồng\t12.540\t13.600\t13.720,4\t100,9\t109,4')
    expect(report.slice(cell?.at ?? 0).startsWith('13.600\t')).toBe(true)
    expect(cell?.why).toEqual({
      role: { rule: 'column', words: 'Kế hoạch năm 2025' },
      year: { rule: 'column', words: 'Kế hoạch năm 2025' },
    })
    const share = draft.figures.find((f) => f.valueText === '109,4')
    expect(share?.changeFrom).toEqual({ year: 2024 })
    expect(share?.why?.role.words).toBe('So sánh (%) ƯTH 2025/TH 2024')
    expect(draft.figures.find((f) => f.valueText === '13.720,4')?.isEstimate).toBe(true)
  })

  it("gives every table figure words the dataset's checks read as its value and unit", () => {
    const checked = draft.figures.map((f, i) =>
      figureProblems(`figures.${i}`, {
        ...f,
        id: 'x',
        unit: f.unit === 'TODO' ? 'other' : f.unit,
        label: { vi: f.label.vi, en: f.label.vi },
      }),
    )
    expect(checked.flat()).toEqual([])
    expect(draft.figures.find((f) => f.valueText === '13.600')?.unitWords).toBe('Tỷ đồng')
    expect(draft.figures.find((f) => f.valueText === '100,9')?.unitWords).toBe('%')
  })
})

describe('finding tables', () => {
  it('takes two or more lines of three or more tab-separated cells, not a line with a stray tab', () => {
    const text = 'Đoạn văn\tcó một dấu tab.\nA\tB\tC\n1\t2\t3\nHết.'
    const tables = findTables(text)
    expect(tables.map((t) => t.rows.map((r) => r.cells.map((c) => c.text)))).toEqual([
      [
        ['A', 'B', 'C'],
        ['1', '2', '3'],
      ],
    ])
    expect(tables[0]?.caption?.text).toBe('Đoạn văn\tcó một dấu tab.')
  })

  it('shows the numbers of a column it cannot read as rows of no role or year, asking what they are', () => {
    const text = 'Bảng năm 2025\nChỉ tiêu\tĐVT\tSo sánh (%)\nThu ngân sách\tTỷ đồng\t104,2\n'
    const [figure, ...others] = draftDataset(text, 'x.txt').figures
    expect(others).toEqual([])
    expect(figure).toMatchObject({
      valueText: '104,2',
      role: 'fact',
      unit: 'percent',
      value: 104.2,
      unitWords: '%',
    })
    expect(figure?.period).toBeUndefined()
    expect(figure?.todo).toEqual([
      'role: the column "So sánh (%)" does not say what it holds; say what this number is, or reject it',
    ])
  })

  it('puts sub-headings under the heading that spans them, whatever column follows; either way a page copies them', () => {
    const heading = 'STT\tChỉ tiêu\tĐVT\tTH 2024\tKH 2025\tƯTH 2025\tSo sánh (%)\t\tGhi chú'
    const row = '1\tThu nhập bình quân đầu người\ttriệu đồng/người/năm\t68,5\t74\t75,2\t101,6\t109,8\t'
    for (const sub of ['ƯTH/KH\tƯTH 2025/TH 2024', '\t\t\t\t\t\tƯTH/KH\tƯTH 2025/TH 2024\t']) {
      const text = `Phụ lục: kết quả năm 2025\n${heading}\n${sub}\n${row}\n`
      const shares = draftDataset(text, 'x.txt').figures.filter((f) => f.valueText.startsWith('10'))
      expect(shares.map((f) => [f.valueText, f.unit, f.changeFrom?.year])).toEqual([
        ['101,6', 'percent-of-plan', undefined],
        ['109,8', 'percent', 2024],
      ])
    }
  })

  it('reads a unit bracketed after the name, not a price base or an acronym; shares take the part of the year of the results', () => {
    const text = [
      'Kết quả 6 tháng đầu năm 2025',
      'TT\tChỉ tiêu\tKH năm 2025\t6 tháng đầu năm 2025\tSo với KH (%)',
      '1\tTổng đàn gia súc (con)\t53.000\t27.410\t51,7',
      '2\tSố trường đạt chuẩn quốc gia (trường)\t45\t41\t91,1',
      '3\tTổng sản phẩm (GRDP)\t1.300\t652\t50,2',
    ].join('\n')
    const figures = draftDataset(text, 'x.txt').figures
    expect(
      figures.map((f) => [f.valueText, f.unit, f.otherUnit ?? '', f.label.vi, f.partOfYear ?? '']),
    ).toEqual([
      ['53.000', 'other', 'con', 'Tổng đàn gia súc', ''],
      ['27.410', 'other', 'con', 'Tổng đàn gia súc', '6 tháng đầu năm'],
      ['51,7', 'percent-of-plan', '', 'Tổng đàn gia súc (% kế hoạch)', '6 tháng đầu năm'],
      ['45', 'school', '', 'Số trường đạt chuẩn quốc gia', ''],
      ['41', 'school', '', 'Số trường đạt chuẩn quốc gia', '6 tháng đầu năm'],
      ['91,1', 'percent-of-plan', '', 'Số trường đạt chuẩn quốc gia (% kế hoạch)', '6 tháng đầu năm'],
      ['1.300', 'TODO', '', 'Tổng sản phẩm (GRDP)', ''],
      ['652', 'TODO', '', 'Tổng sản phẩm (GRDP)', '6 tháng đầu năm'],
      ['50,2', 'percent-of-plan', '', 'Tổng sản phẩm (% kế hoạch)', '6 tháng đầu năm'],
    ])
  })
})
