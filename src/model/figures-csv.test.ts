import { readFileSync } from 'node:fs'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { datasetSchema } from '../dataset/schema.ts'
import { allFigures, csvColumns, figuresToCsv } from './figures-csv.ts'
import { readVietnameseNumber } from '../dataset/reading/read-quantity.ts'

const dataset = datasetSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/dong-ha-2024.json', import.meta.url), 'utf8')),
)

describe('figuresToCsv', () => {
  const csv = figuresToCsv(allFigures(dataset))
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
      period: '2023',
      change_from: '',
      quote: 'Tổng thu ngân sách trên địa bàn thực hiện 447,229 tỷ đồng',
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
    const row = Papa.parse<Record<string, string>>(figuresToCsv([hostile]).slice(1), { header: true })
      .data[0]!
    expect(row.label_vi).not.toMatch(/^=/)
    expect(row.label_en).not.toMatch(/^\+/)
  })
})

describe('the Excel (Vietnamese) dialect', () => {
  it('writes "," decimals and ";" between fields, and reads back by Vietnamese rules', () => {
    const csv = figuresToCsv(allFigures(dataset), 'excel-vi')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    }).data
    expect(rows.find((row) => row.id === 'budget-revenue-2023')?.value).toBe('447,229')
    expect(rows.find((row) => row.id === 'population')?.value).toBe('101249')
    for (const figure of dataset.figures) {
      const row = rows.find((r) => r.id === figure.id)!
      expect(readVietnameseNumber(row.value ?? ''), figure.id).toBe(figure.value)
    }
  })
})
