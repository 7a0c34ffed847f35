import type { Dataset, Figure } from '../dataset/schema.ts'
import { chunkEvenly } from '../lib/chunk.ts'
import type { Slide } from './slide.ts'
import type { FollowedTarget } from './follow-targets.ts'

/** "Did we reach our targets?": a slide per year of the series (more where many), oldest first. */
export function recordSlides(record: FollowedTarget[], perSlide: number): Slide[] {
  const slides: Slide[] = []
  const years = [...new Set(record.map((f) => f.year))].sort((a, b) => a - b)
  for (const year of years) {
    const pages = chunkEvenly(
      record.filter((f) => f.year === year),
      perSlide,
    )
    pages.forEach((followed, i) => {
      slides.push({
        id: pages.length > 1 ? `record-${year}-${i + 1}` : `record-${year}`,
        kind: 'record',
        year,
        followed,
        page: i + 1,
        pages: pages.length,
        // Each sentence under its indicator and the report it comes from: the two reports are named.
        notes: followed.flatMap((f) => {
          const from = (figure: Figure, dataset: Dataset) => ({
            label: {
              vi: `${f.indicator.name.vi} (${dataset.report.title.vi})`,
              en: `${f.indicator.name.en} (${dataset.report.title.en})`,
            },
            quote: figure.quote,
          })
          return [
            from(f.target, f.setIn),
            ...(f.actual && f.reportedIn ? [from(f.actual, f.reportedIn)] : []),
          ]
        }),
      })
    })
  }
  return slides
}
