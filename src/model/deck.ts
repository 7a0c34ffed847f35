import {
  type Comparison,
  comparisons,
  leadingResults,
  planFacts,
  type TargetEntry,
  targetsByField,
} from '../dataset/derive.ts'
import type { QuotedItem } from '../dataset/quotes.ts'
import type { Dataset, Field } from '../dataset/schema.ts'
import type { Language } from '../lib/language.ts'
import { bilingual } from '../lib/messages.ts'

/** A slide of the deck: what it shows, and the quotes behind its figures (the presenter's notes). */
export type Slide = { id: string; notes: QuotedItem[] } & (
  | { kind: 'title' }
  | { kind: 'scorecard' }
  | { kind: 'comparison'; comparison: Comparison }
  | { kind: 'facts' }
  | { kind: 'targets'; field: Field; entries: TargetEntry[]; page: number; pages: number }
  | { kind: 'percent-targets' }
  | { kind: 'profile' }
  | { kind: 'closing' }
)

/** Results on the results slide, beside the scorecard: as many as stay readable from the back of the room. */
export const resultsPerSlide = 4

/** Target cards on one slide, so each stays readable from the back of the room. */
export const targetsPerSlide = 6

const chunk = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size))

/** The whole deck, generated from the dataset: nothing in it is written for one report. */
export function buildDeck(dataset: Dataset): Slide[] {
  const { report } = dataset
  const slides: Slide[] = [
    {
      id: 'title',
      kind: 'title',
      notes: [
        { label: bilingual('quoteTitle'), quote: report.titleQuote },
        ...(report.meetingQuote
          ? [{ label: bilingual('quoteMeetingDate'), quote: report.meetingQuote }]
          : []),
      ],
    },
  ]
  // The slide shows the leading results, as the dashboard does before "see all".
  const results = leadingResults(dataset).lead.slice(0, resultsPerSlide)
  if (dataset.scorecard || results.length > 0) {
    const scorecardNote = dataset.scorecard
      ? [{ label: bilingual('quoteMainIndicators'), quote: dataset.scorecard.quote }]
      : []
    slides.push({
      id: 'scorecard',
      kind: 'scorecard',
      notes: [...scorecardNote, ...results.flatMap((r) => r.figures)],
    })
  }
  for (const comparison of comparisons(dataset)) {
    slides.push({
      id: `comparison-${comparison.indicator.id}`,
      kind: 'comparison',
      comparison,
      notes: [comparison.actual, comparison.target],
    })
  }
  const facts = planFacts(dataset)
  if (!facts.isEmpty) {
    slides.push({ id: 'facts', kind: 'facts', notes: [...facts.texts, ...facts.figures] })
  }
  for (const { field, entries } of targetsByField(dataset)) {
    const pages = chunk(entries, targetsPerSlide)
    pages.forEach((page, i) => {
      slides.push({
        id: pages.length > 1 ? `targets-${field}-${i + 1}` : `targets-${field}`,
        kind: 'targets',
        field,
        entries: page,
        page: i + 1,
        pages: pages.length,
        notes: page.flatMap((e) => (e.actual ? [e.target, e.actual] : [e.target])),
      })
    })
  }
  const percentEntries = targetsByField(dataset)
    .flatMap((g) => g.entries)
    .filter((e) => e.target.unit === 'percent' && !e.indicator.isGrowthRate)
  if (percentEntries.length > 1) {
    slides.push({
      id: 'percent-targets',
      kind: 'percent-targets',
      notes: percentEntries.map((e) => e.target),
    })
  }
  const profile = dataset.figures.filter((f) => f.role === 'profile')
  if (profile.length > 0) slides.push({ id: 'profile', kind: 'profile', notes: profile })
  slides.push({
    id: 'closing',
    kind: 'closing',
    notes: [
      ...(report.publisher.quote
        ? [{ label: bilingual('quotePublisher'), quote: report.publisher.quote }]
        : []),
      { label: bilingual('quotePublished'), quote: report.publishedQuote },
      ...(report.authorQuote ? [{ label: bilingual('author'), quote: report.authorQuote }] : []),
    ],
  })
  return slides
}

/** The presenter's notes of a slide: each quote behind its figures, under what it is. */
export function presenterNotes(slide: Slide, language: Language): string {
  return slide.notes.map((note) => `${note.label[language]}: “${note.quote}”`).join('\n')
}
