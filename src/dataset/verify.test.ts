import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readDatasetFiles } from '../../scripts/dataset-files.ts'
import type { Dataset } from './schema.ts'
import { verifyDataset } from './verify.ts'

const datasetFile = new URL('../../data/dong-ha-2024.json', import.meta.url)
const sourceText = readFileSync(new URL('../../data/dong-ha-2024-03-07.vi.txt', import.meta.url), 'utf8')
const fresh = (): Dataset => JSON.parse(readFileSync(datasetFile, 'utf8')) as Dataset

describe('the bundled datasets', () => {
  it.each(readDatasetFiles().map((entry) => [entry.file, entry] as const))('%s verifies', (_file, entry) => {
    expect(entry.parseError).toBeNull()
    expect(entry.sourceText).not.toBeNull()
    expect(verifyDataset(entry.json, entry.sourceText ?? '')).toEqual([])
  })

  it.each(
    readDatasetFiles(new URL('../../e2e/fixtures/datasets/', import.meta.url).pathname).map(
      (entry) => [entry.file, entry] as const,
    ),
  )('the fixture %s verifies', (_file, entry) => {
    expect(entry.parseError).toBeNull()
    expect(verifyDataset(entry.json, entry.sourceText ?? '')).toEqual([])
  })

  it('keeps its source text unchanged and in NFC', () => {
    expect(sourceText.normalize('NFC')).toBe(sourceText)
    expect(sourceText.startsWith('Ban Thường vụ Tỉnh ủy Quảng Trị')).toBe(true)
  })
})

/** Changes the last digit of a number by one: 447.229 becomes 447.22(0), 7412 becomes 7413. */
function nudge(value: number): number {
  const text = String(value)
  const last = Number(text.at(-1))
  return Number(`${text.slice(0, -1)}${(last + 1) % 10}`)
}

/** Replaces one character of a quote with a look-alike that is not in the source. */
function corrupt(quote: string): string {
  const index = Math.floor(quote.length / 2)
  const replacement = quote[index] === 'x' ? 'y' : 'x'
  return `${quote.slice(0, index)}${replacement}${quote.slice(index + 1)}`
}

describe('the verifier fails on a one-character change', () => {
  const figureCount = fresh().figures.length

  it.each(Array.from({ length: figureCount }, (_, i) => i))('to the value of figure %i', (i) => {
    const dataset = fresh()
    const figure = dataset.figures[i]!
    figure.value = nudge(figure.value)
    const problems = verifyDataset(dataset, sourceText)
    // A share nudged past 100% is refused by the schema before the text is read.
    const expected =
      figure.unit === 'percent' && figure.value > 100
        ? `figures.${i}.value`
        : `figures.${i} (${figure.id}).value`
    expect(problems.map((p) => p.path)).toContain(expected)
  })

  it.each(Array.from({ length: figureCount }, (_, i) => i))('to the quote of figure %i', (i) => {
    const dataset = fresh()
    const figure = dataset.figures[i]!
    const before = figure.quote
    figure.quote = corrupt(before)
    figure.valueText = figure.quote.includes(figure.valueText) ? figure.valueText : figure.quote
    expect(verifyDataset(dataset, sourceText).length).toBeGreaterThan(0)
  })

  it('names the file-level figure and both values in its message', () => {
    const dataset = fresh()
    const index = dataset.figures.findIndex((f) => f.id === 'budget-revenue-2023')
    dataset.figures[index]!.value = 447229
    const [problem] = verifyDataset(dataset, sourceText)
    expect(problem?.path).toBe(`figures.${index} (budget-revenue-2023).value`)
    // Amounts keep no-break spaces (format-amount.test.ts checks where); read them as spaces here.
    expect(problem?.en.replaceAll('\u00a0', ' ')).toBe(
      'the text says "447,229 tỷ đồng" = VND 447.229 billion but the stored value is VND 447,229 billion',
    )
    expect(problem?.vi.replaceAll('\u00a0', ' ')).toBe(
      'văn bản ghi "447,229 tỷ đồng" = 447,229 tỷ đồng nhưng giá trị lưu là 447.229 tỷ đồng',
    )
  })

  it('to a comparator', () => {
    const dataset = fresh()
    const figure = dataset.figures.find((f) => f.id === 'trained-labour-2024')!
    figure.comparator = 'atLeast'
    expect(verifyDataset(dataset, sourceText).map((p) => p.path)).toEqual([
      expect.stringMatching(/trained-labour-2024\)\.comparator$/),
    ])
  })

  it('to a unit', () => {
    const dataset = fresh()
    dataset.figures.find((f) => f.id === 'population')!.unit = 'worker'
    expect(verifyDataset(dataset, sourceText).map((p) => p.path)).toEqual([
      expect.stringMatching(/population\)\.unit$/),
    ])
  })

  it('to the scorecard', () => {
    const dataset = fresh()
    dataset.scorecard!.achieved = 9
    expect(verifyDataset(dataset, sourceText).map((p) => p.path)).toEqual(['scorecard'])
  })

  it('to the meeting date', () => {
    const dataset = fresh()
    dataset.report.meetingDate = '2024-03-07'
    expect(verifyDataset(dataset, sourceText).map((p) => p.path)).toEqual(['report.meetingDate'])
  })

  it('not to a meeting dated by its day and month alone, in the report’s year', () => {
    const dataset = fresh()
    const year = dataset.periods.actual
    dataset.report.meetingQuote = 'Chiều 30-11'
    dataset.report.meetingDate = `${year}-11-30`
    const text = `Chiều 30-11, hội đồng họp. ${sourceText}`
    expect(verifyDataset(dataset, text).map((p) => p.path)).not.toContain('report.meetingDate')
    dataset.report.meetingDate = `${year}-11-29`
    expect(verifyDataset(dataset, text).map((p) => p.path)).toContain('report.meetingDate')
    dataset.report.meetingDate = `${year - 5}-11-30`
    expect(verifyDataset(dataset, text).map((p) => p.path)).toContain('report.meetingDate')
    // The year the quote writes, though not the report's ("Sáng ngày 13/11, … kỳ họp cuối năm …").
    const earlier = `Sáng ngày 13/11, UBND tỉnh họp chuẩn bị kỳ họp cuối năm ${year - 1}`
    dataset.report.meetingQuote = earlier
    dataset.report.meetingDate = `${year - 1}-11-13`
    expect(verifyDataset(dataset, `${earlier}. ${sourceText}`).map((p) => p.path)).not.toContain(
      'report.meetingDate',
    )
    dataset.report.meetingDate = `${year - 2}-11-13`
    expect(verifyDataset(dataset, `${earlier}. ${sourceText}`).map((p) => p.path)).toContain(
      'report.meetingDate',
    )
    // The day and month followed by the sentence's comma, written with a hyphen, a slash or a dot.
    for (const [quote, date] of [
      ['Sáng 5-10, UBND tỉnh họp báo', `${year}-10-05`],
      ['Sáng 2.1, UBND huyện ra quân', `${year}-01-02`],
    ]) {
      dataset.report.meetingQuote = quote
      dataset.report.meetingDate = date
      const withQuote = `${quote}. ${sourceText}`
      expect(
        verifyDataset(dataset, withQuote).map((p) => p.path),
        quote,
      ).not.toContain('report.meetingDate')
    }
  })

  it('when a target is dropped', () => {
    const dataset = fresh()
    dataset.figures = dataset.figures.filter((f) => f.id !== 'new-jobs-2024')
    dataset.pairs = dataset.pairs.filter((p) => p.targetId !== 'new-jobs-2024')
    const [problem] = verifyDataset(dataset, sourceText)
    // A warning, not an error: an article may list only some of the targets it announces.
    expect(problem).toMatchObject({
      en: 'the report announces 15 targets but the file lists 14',
      severity: 'warning',
    })
  })

  it('when the parts no longer add up', () => {
    const dataset = fresh()
    const cells = dataset.figures.find((f) => f.id === 'party-cells')!
    cells.value = 52
    cells.valueText = '51 chi bộ'
    const paths = verifyDataset(dataset, sourceText).map((p) => p.path)
    expect(paths).toContain('figures (party-organisations)')
  })

  it('when a pair points at a figure that does not exist', () => {
    const dataset = fresh()
    dataset.pairs[0]!.targetId = 'no-such-target'
    expect(verifyDataset(dataset, sourceText).map((p) => p.path)).toEqual(['pairs.0.targetId'])
  })
})
