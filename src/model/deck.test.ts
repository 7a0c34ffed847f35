import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type Dataset, datasetSchema } from '../dataset/schema.ts'
import { buildDeck } from './deck.ts'
import { translator } from '../lib/messages.ts'
import { documentDeck } from './slide-document/build.ts'

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

describe('the results slides', () => {
  // Đông Hà's four results and nine more, made up for the test: "Chỉ số thử 1" … "Chỉ số thử 9".
  const withResults = (extra: number): Dataset => {
    const dataset = read()
    const model = dataset.figures.find((f) => f.id === 'economic-growth-2023')!
    for (let n = 1; n <= extra; n++) {
      dataset.indicators.push({
        ...dataset.indicators[0]!,
        id: `thu-${n}`,
        name: { vi: `Chỉ số thử ${n}`, en: `Trial ${n}` },
      })
      dataset.figures.push({ ...model, id: `thu-${n}-2023`, indicatorId: `thu-${n}`, value: n })
    }
    return dataset
  }
  const vi = translator('vi')

  it('shows every result: four beside the scorecard, the rest at most six to a slide and evenly, each slide saying which it is', () => {
    const dataset = withResults(9)
    const deck = documentDeck({ dataset, language: 'vi', t: vi, note: '' })
    const slides = buildDeck(dataset)
    const pages = slides.flatMap((slide, i) =>
      slide.kind === 'scorecard' ? [{ slide, drawn: deck[i]! }] : [],
    )
    expect(pages.map(({ slide }) => [slide.id, slide.results.length])).toEqual([
      ['scorecard', 4],
      ['scorecard-2', 5],
      ['scorecard-3', 4],
    ])
    expect(pages.map(({ drawn }) => drawn.title)).toEqual([
      'Kết quả năm 2023 (1/3)',
      'Kết quả năm 2023 (2/3)',
      'Kết quả năm 2023 (3/3)',
    ])
    const texts = pages.map(({ drawn }) => drawn.marks.flatMap((m) => (m.kind === 'text' ? [m.text] : [])))
    for (let n = 1; n <= 9; n++)
      expect(
        texts.filter((t) => t.includes(`Chỉ số thử ${n}`)),
        `Chỉ số thử ${n}`,
      ).toHaveLength(1)
    // The scorecard's "19/23" and its marks only on the first.
    expect(pages.map(({ drawn }) => drawn.marks.filter((m) => m.kind === 'dot').length > 0)).toEqual([
      true,
      false,
      false,
    ])
  })

  it('leaves a deck of four results as it was, and hides every results slide with the scorecard', () => {
    expect(buildDeck(withResults(0)).filter((s) => s.kind === 'scorecard')).toHaveLength(1)
    const hidden = buildDeck(withResults(9), { hidden: new Set(['scorecard'] as const) })
    expect(hidden.filter((s) => s.kind === 'scorecard')).toEqual([])
  })
})

describe('the profile slides', () => {
  const vi = translator('vi')
  // Đông Hà's profile and seven more wholes, made up for the test ("Thông tin thử 1" … "Thông tin thử 7"): thirteen cards
  // with the density.
  const withProfile = (extra: number): Dataset => {
    const dataset = read()
    const model = dataset.figures.find((f) => f.id === 'officials')!
    for (let n = 1; n <= extra; n++)
      dataset.figures.push({
        ...model,
        id: `thong-tin-${n}`,
        label: { vi: `Thông tin thử ${n} về các khu phố của phường`, en: `Trial ${n}` },
        value: n * 100,
      })
    return dataset
  }

  it('gives at most nine cards a slide, as many on each, and no card’s words run over another’s', () => {
    const dataset = withProfile(7)
    const slides = buildDeck(dataset)
    const drawn = documentDeck({ dataset, language: 'vi', t: vi, note: '' })
    const pages = slides.flatMap((slide, i) => (slide.kind === 'profile' ? [{ slide, page: drawn[i]! }] : []))
    expect(pages.map(({ slide }) => [slide.id, slide.figures.length, slide.withDensity])).toEqual([
      ['profile', 7, false],
      ['profile-2', 6, true],
    ])
    expect(pages.map(({ page }) => page.title)).toEqual([
      'Thông tin thành phố Đông Hà (1/2)',
      'Thông tin thành phố Đông Hà (2/2)',
    ])
    for (const { page } of pages) {
      const texts = page.marks.flatMap((m) => (m.kind === 'text' ? [m] : []))
      for (const [i, a] of texts.entries())
        for (const b of texts.slice(i + 1)) {
          const isApart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y
          expect(isApart, `“${a.text}” and “${b.text}”`).toBe(true)
        }
    }
  })
})

describe('the profile slide with the density', () => {
  it('quotes the people and the land the density is derived from, and no slide is left with the density alone', () => {
    const dataset = read()
    const model = dataset.figures.find((f) => f.id === 'officials')!
    for (let n = 1; n <= 3; n++)
      dataset.figures.push({
        ...model,
        id: `thong-tin-${n}`,
        label: { vi: `Thông tin thử ${n}`, en: `Trial ${n}` },
      })
    const last = buildDeck(dataset)
      .filter((slide) => slide.kind === 'profile')
      .at(-1)!
    expect(last.kind === 'profile' && last.withDensity).toBe(true)
    expect(last.kind === 'profile' && last.figures.length).toBeGreaterThan(0)
    const quotes = last.notes.map((note) => note.quote)
    for (const figure of dataset.figures.filter((f) => f.id === 'area' || f.id === 'population'))
      expect(quotes).toContain(figure.quote)
  })
})

describe('the scorecard slide', () => {
  it.each([13, 21, 28, 45])('keeps its note under the marks of %i targets, inside the body', (total) => {
    const dataset = { ...read(), scorecard: { ...read().scorecard!, achieved: total - 1, total } }
    const slide = documentDeck({ dataset, language: 'vi', t: translator('vi'), note: '' })[1]!
    const dots = slide.marks.filter((mark) => mark.kind === 'dot')
    const note = slide.marks.find(
      (mark) => mark.kind === 'text' && mark.text === translator('vi')('scorecardNote'),
    )
    expect(dots).toHaveLength(total)
    const lowest = Math.max(...dots.map((dot) => dot.y + dot.h))
    expect(note!.y).toBeGreaterThanOrEqual(lowest)
    expect(note!.y + note!.h).toBeLessThanOrEqual(118 + 350)
  })
})
