import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type Dataset, datasetSchema } from '../dataset/schema.ts'
import { buildDeck } from './deck.ts'

const read = (): Dataset =>
  datasetSchema.parse(
    JSON.parse(readFileSync(new URL('../../data/dong-ha-2024.json', import.meta.url), 'utf8')),
  )

describe('buildDeck', () => {
  it('makes the Đông Hà deck from the data', () => {
    expect(buildDeck(read()).map((s) => s.id)).toEqual([
      'title',
      'scorecard',
      'comparison-economic-growth',
      'comparison-budget-revenue',
      'comparison-social-investment',
      'comparison-poverty-reduction',
      'facts',
      'targets-economy-budget',
      'targets-urban-environment',
      'targets-society',
      'targets-defence',
      'percent-targets',
      'profile',
      'closing',
    ])
  })

  it('gives every slide the quotes behind its figures as notes', () => {
    const dataset = read()
    const source = readFileSync(new URL('../../data/dong-ha-2024-03-07.vi.txt', import.meta.url), 'utf8')
    for (const slide of buildDeck(dataset)) {
      expect(slide.notes.length, slide.id).toBeGreaterThan(0)
      for (const note of slide.notes) expect(source, slide.id).toContain(note.quote)
    }
    const revenue = buildDeck(dataset).find((s) => s.id === 'comparison-budget-revenue')!
    expect(revenue.notes.map((n) => n.quote)).toEqual([
      'Tổng thu ngân sách trên địa bàn thực hiện 447,229 tỷ đồng',
      'Tổng thu ngân sách trên địa bàn: 702,200 tỷ đồng',
    ])
  })

  it('splits a field with many targets over several slides and drops what a dataset lacks', () => {
    const dataset = read()
    const society = dataset.figures.filter((f) => f.indicatorId && f.role === 'target')
    for (const figure of society) {
      const indicator = dataset.indicators.find((i) => i.id === figure.indicatorId)!
      indicator.field = 'society'
    }
    dataset.pairs = []
    dataset.textFacts = []
    dataset.figures = dataset.figures.filter((f) => f.role !== 'fact' && f.role !== 'profile')
    delete dataset.scorecard
    const ids = buildDeck(dataset).map((s) => s.id)
    expect(ids).toEqual([
      'title',
      'scorecard',
      'targets-society-1',
      'targets-society-2',
      'targets-society-3',
      'percent-targets',
      'closing',
    ])
  })
})
