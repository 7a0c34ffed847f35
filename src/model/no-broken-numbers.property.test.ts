import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { falling } from '../../e2e/fixtures/falling.ts'
import { type Dataset, datasetSchema } from '../dataset/schema.ts'
import { isCountUnit, type Unit } from '../dataset/units.ts'
import { prerender } from '../entry-server.tsx'
import { buildExportFiles } from '../features/export/export-files.ts'
import type { Language } from '../lib/language.ts'
import { translator } from '../lib/messages.ts'
import { documentDeck } from './slide-document/build.ts'

/** What must never reach a reader: an infinite or undefined change, a minus zero, a missing value. */
const broken = /∞|NaN|Infinity|undefined|null|[-−]0(?![\d,.])/u

const paired = new Set(falling.pairs.flatMap((pair) => [pair.actualId, pair.targetId]))
const isRate = (unit: string) => unit === 'percent' || unit === 'percentage-point'

/** A value as bad years write them: nothing, a fall, a sliver, or an ordinary amount (whole for a count). */
const value = (unit: string) =>
  isCountUnit(unit as Unit)
    ? fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1_000_000 }))
    : isRate(unit)
      ? fc.oneof(
          fc.constant(0),
          fc.constant(-0),
          fc.double({ min: -60, max: 100, noNaN: true }).map((v) => Math.round(v * 100) / 100),
          fc.constant(-0.004),
        )
      : fc.oneof(
          fc.constant(0),
          fc.double({ min: 0, max: 1e7, noNaN: true }).map((v) => Math.round(v * 10) / 10),
          fc.constant(0.000001),
        )

/** The bad year's dataset with every paired figure's value drawn anew. */
const datasets: fc.Arbitrary<Dataset> = fc
  .tuple(...falling.figures.filter((f) => paired.has(f.id)).map((f) => value(f.unit)))
  .map((values) => {
    const drawn = [...values]
    return datasetSchema.parse({
      ...falling,
      figures: falling.figures.map((figure) =>
        paired.has(figure.id) ? { ...figure, value: drawn.shift() ?? figure.value } : figure,
      ),
    })
  })

const textOf = (html: string) => html.replace(/<[^>]*>/gu, ' ').replace(/\s+/gu, ' ')

/** Everything a reader may see or receive of a dataset, in one language: the page, the slides, the CSV. */
async function everything(dataset: Dataset, language: Language): Promise<string> {
  const t = translator(language)
  const search = language === 'en' ? '?lang=en' : ''
  const page = textOf((await prerender(dataset, search)).html)
  const slides = documentDeck({ dataset, language, t, note: '' })
    .flatMap((slide) => [
      slide.title,
      ...slide.marks.flatMap((mark) =>
        mark.kind === 'text'
          ? [mark.text]
          : mark.kind === 'chart'
            ? [...mark.tickLabels, ...mark.bars.map((bar) => bar.label)]
            : [],
      ),
    ])
    .join(' ')
  const [csv] = await buildExportFiles({ scope: 'dataset', format: 'csv' }, { dataset, language, t })
  return `${page} ${slides} ${await csv!.blob.text()}`
}

describe('no view, slide or file writes a broken number', () => {
  it('for any values a bad year may give, zeros and falls included', async () => {
    await fc.assert(
      fc.asyncProperty(datasets, fc.constantFrom<Language>('vi', 'en'), async (dataset, language) => {
        const text = await everything(dataset, language)
        // The page was drawn, with the chart of the growth: a property over an empty page would prove nothing.
        expect(text).toContain(language === 'vi' ? 'Tốc độ tăng trưởng kinh tế' : 'Economic growth')
        expect(text.match(broken)).toBeNull()
      }),
      { numRuns: 30 },
    )
  }, 120_000)
})
