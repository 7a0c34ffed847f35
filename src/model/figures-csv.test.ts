import { readFileSync } from 'node:fs'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { datasetSchema } from '../dataset/schema.ts'
import { allFigures, csvColumns, figuresToCsv } from './figures-csv.ts'
import { readVietnameseNumber } from '../dataset/reading/read-quantity.ts'
import { translator } from '../lib/messages.ts'

const dataset = datasetSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/dong-ha-2024.json', import.meta.url), 'utf8')),
)
const about = (language: 'vi' | 'en') => ({
  report: dataset.report.title[language],
  source: 'Cổng Thông tin điện tử tỉnh Quảng Trị, 07/03/2024',
  exportedOn: '03/12/2026',
  language,
  t: translator(language),
})

describe('figuresToCsv', () => {
  const csv = figuresToCsv(allFigures(dataset), 'portable', about('vi'))
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true })

  it('starts with a UTF-8 byte-order mark and the columns', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(parsed.meta.fields).toEqual([...csvColumns])
  })

  it('gives one row per figure that reads back to the dataset', () => {
    expect(parsed.data).toHaveLength(dataset.figures.length + 3)
    const revenue = parsed.data.find((row) => row.id === 'budget-revenue-2023')
    expect(revenue).toEqual({
      id: 'budget-revenue-2023',
      role: 'actual',
      indicator: 'budget-revenue',
      label_vi: 'Tổng thu ngân sách 2023',
      label_en: 'Budget revenue 2023',
      comparator: 'exact',
      estimate: '',
      value: '447.229',
      max: '',
      unit: 'billion-vnd',
      unit_label: 'tỷ đồng',
      period: '2023',
      change_from: '',
      quote: 'Tổng thu ngân sách trên địa bàn thực hiện 447,229 tỷ đồng',
      report: dataset.report.title.vi,
      source: 'Cổng Thông tin điện tử tỉnh Quảng Trị, 07/03/2024',
      exported_on: '03/12/2026',
    })
    for (const figure of dataset.figures) {
      const row = parsed.data.find((r) => r.id === figure.id)!
      expect(Number(row.value), figure.id).toBe(figure.value)
      expect(row.quote, figure.id).toBe(figure.quote)
    }
  })

  it('neutralises a label that a spreadsheet would run as a formula', () => {
    const [figure] = dataset.figures
    const hostile = { ...figure!, label: { vi: '=HYPERLINK("http://x")', en: '+1' } }
    const row = Papa.parse<Record<string, string>>(
      figuresToCsv([hostile], 'portable', about('vi')).slice(1),
      { header: true },
    ).data[0]!
    expect(row.label_vi).not.toMatch(/^=/)
    expect(row.label_en).not.toMatch(/^\+/)
  })
})

describe('the Excel (Vietnamese) dialect', () => {
  it('writes "," decimals and ";" between fields, and reads back by Vietnamese rules', () => {
    const csv = figuresToCsv(allFigures(dataset), 'excel-vi', about('vi'))
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    }).data
    const row = (id: string) => rows.find((r) => r['Mã số liệu'] === id)
    expect(row('budget-revenue-2023')?.['Giá trị']).toBe('447,229')
    expect(row('population')?.['Giá trị']).toBe('101249')
    for (const figure of dataset.figures)
      expect(readVietnameseNumber(row(figure.id)?.['Giá trị'] ?? ''), figure.id).toBe(figure.value)
  })

  it('says everything in the reader’s words: headers, roles, how a figure is stated, its unit, and where it is from', () => {
    const csv = figuresToCsv(allFigures(dataset), 'excel-vi', about('vi'))
    const [header, ...lines] = csv.slice(1).split('\r\n')
    expect(header).toBe(
      'Mã số liệu;Vai trò;Mã chỉ tiêu;Tên (tiếng Việt);Tên (tiếng Anh);Cách nêu;Ước tính;Giá trị;Giá trị đến;Đơn vị;Đơn vị (chữ);Năm;So với năm;Trích dẫn;Báo cáo;Nguồn;Ngày xuất',
    )
    expect(csv).not.toMatch(/billion-vnd|atLeast|;actual;|;target;/u)
    const revenue = lines.find((line) => line.startsWith('budget-revenue-2023;'))
    expect(revenue).toContain(';Kết quả;')
    expect(revenue).toContain(';tỷ đồng;')
    expect(revenue).toContain('Cổng Thông tin điện tử tỉnh Quảng Trị, 07/03/2024;03/12/2026')
    const english = figuresToCsv(allFigures(dataset), 'excel-vi', about('en'))
    expect(english.slice(1).split('\r\n')[0]).toMatch(/^Figure id;Role;Indicator id;/u)
  })
})
