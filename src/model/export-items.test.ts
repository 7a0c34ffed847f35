import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { datasetSchema } from '../dataset/schema.ts'
import { translator } from '../lib/messages.ts'
import { exportItems } from './export-items.ts'

const dataset = datasetSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/dong-ha-2024.json', import.meta.url), 'utf8')),
)

describe('exportItems', () => {
  const items = exportItems(dataset, 'vi', translator('vi'))

  it('offers the dashboard, the scorecard, every chart, the targets, the table and every slide', () => {
    expect(items.map((i) => i.id)).toEqual([
      'dashboard',
      'scorecard',
      'comparison-economic-growth',
      'comparison-budget-revenue',
      'comparison-social-investment',
      'comparison-poverty-reduction',
      'targets',
      'indicators',
      'percent-targets',
      ...Array.from({ length: 14 }, (_, i) => `slide-${i + 1}`),
    ])
  })

  it('offers no targets’ section for a report of results alone', () => {
    const resultsOnly = { ...dataset, figures: dataset.figures.filter((f) => f.role !== 'target') }
    const ids = exportItems(resultsOnly, 'vi', translator('vi')).map((i) => i.id)
    expect(ids).not.toContain('targets')
    expect(ids).toContain('indicators')
  })

  it('titles each item with its unit and periods, in the chosen language', () => {
    const revenue = items.find((i) => i.id === 'comparison-budget-revenue')!
    expect(revenue.title).toBe('Tổng thu ngân sách trên địa bàn')
    expect(revenue.subtitle).toBe('tỷ đồng · Thực hiện 2023 / Chỉ tiêu 2024')
    expect(revenue.figures.map((f) => f.value)).toEqual([447.229, 702.2])
    const english = exportItems(dataset, 'en', translator('en')).find((i) => i.id === 'slide-4')!
    expect(english.title).toBe('Slide 4: Total budget revenue in the city')
  })

  it('carries the figures shown on a slide for its CSV', () => {
    const slide = items.find((i) => i.id === 'slide-10')!
    expect(slide.figures.map((f) => f.id)).toContain('new-jobs-2024')
  })
})

describe('the results export', () => {
  it.each(['vi', 'en'] as const)(
    'names what it counts without the count, which its body shows (%s)',
    (language) => {
      const scorecard = exportItems(dataset, language, translator(language)).find(
        (i) => i.id === 'scorecard',
      )!
      expect(scorecard.title).toBe(language === 'vi' ? 'Kết quả năm 2023' : '2023 results')
      expect(scorecard.subtitle).toBe(
        language === 'vi' ? 'Chỉ tiêu chủ yếu năm 2023' : 'Main indicators in 2023',
      )
      expect(`${scorecard.title} ${scorecard.subtitle}`).not.toMatch(/\b8\b|\b13\b/)
    },
  )
})
