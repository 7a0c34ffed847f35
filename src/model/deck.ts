import {
  comparisons,
  leadingResults,
  planFacts,
  populationDensity,
  targetsByField,
} from '../dataset/derive.ts'
import type { Dataset } from '../dataset/schema.ts'
import type { Language } from '../lib/language.ts'
import type { FollowedTarget } from './follow-targets.ts'
import { chunkEvenly } from '../lib/chunk.ts'
import { recordSlides } from './record-slides.ts'
import type { Slide } from './slide.ts'
import { bilingual } from '../lib/messages/both-languages.ts'

export type { Slide } from './slide.ts'

/** Results on the results slide, beside the scorecard: as many as stay readable from the back of the room. */
export const resultsPerSlide = 4

/** Target cards on one slide, so each stays readable from the back of the room. */
export const targetsPerSlide = 6

/** Results on a slide of results alone (past the scorecard's slide): as many as target cards. */
export const resultsPerPage = targetsPerSlide

/** The place's profile on one slide: three rows of three cards, the density derived from them among them. */
export const profilePerSlide = 9

/** Bars of the percent chart on one slide: more and their names no longer fit beside them. */
export const percentBarsPerSlide = 10

/** The kinds of slide, in the deck's order: the sections a presenter can leave out. */
export const deckSections = [
  'title',
  'scorecard',
  'comparison',
  'facts',
  'targets',
  'percent-targets',
  'record',
  'profile',
  'closing',
] as const satisfies readonly Slide['kind'][]
export type DeckSection = (typeof deckSections)[number]

/**
 * What a meeting presents: the indicators it is about (all when left out) and the sections it leaves out. The
 * title slide stays when everything else is left out, so a deck always has a slide.
 */
export type DeckChoice = {
  indicators?: ReadonlySet<string> | undefined
  hidden?: ReadonlySet<DeckSection>
  /** The targets of earlier reports followed into this one and the ones before: "did we reach our targets?". */
  record?: FollowedTarget[] | undefined
}

/** The deck generated from the dataset, as chosen: nothing in it is written for one report. */
export function buildDeck(dataset: Dataset, choice: DeckChoice = {}): Slide[] {
  const all = wholeDeck(dataset, choice.indicators, choice.record ?? [])
  const shown = all.filter((slide) => !choice.hidden?.has(slide.kind))
  return shown.length > 0 ? shown : all.slice(0, 1)
}

function wholeDeck(
  dataset: Dataset,
  indicators: ReadonlySet<string> | undefined,
  record: FollowedTarget[],
): Slide[] {
  const isChosen = (id: string) => !indicators || indicators.has(id)
  const { report } = dataset
  const slides: Slide[] = [
    {
      id: 'title',
      kind: 'title',
      notes: [
        ...(report.titleQuote ? [{ label: bilingual('quoteTitle'), quote: report.titleQuote }] : []),
        ...(report.meetingQuote
          ? [{ label: bilingual('quoteMeetingDate'), quote: report.meetingQuote }]
          : []),
      ],
    },
  ]
  // Every result of the year, the leading first: the first slide shows as many as fit beside the scorecard, the
  // next pages the rest, so that a deck leaves out no result the dashboard shows (the presenter chooses).
  const { lead, rest } = leadingResults(dataset)
  const results = [...lead, ...rest].filter(({ indicator }) => isChosen(indicator.id))
  if (dataset.scorecard || results.length > 0) {
    const first = dataset.scorecard ? resultsPerSlide : resultsPerPage
    const pages = [results.slice(0, first), ...chunkEvenly(results.slice(first), resultsPerPage)]
    const scorecardNote = dataset.scorecard
      ? [{ label: bilingual('quoteMainIndicators'), quote: dataset.scorecard.quote }]
      : []
    pages.forEach((page, i) => {
      slides.push({
        id: i === 0 ? 'scorecard' : `scorecard-${i + 1}`,
        kind: 'scorecard',
        results: page,
        page: i + 1,
        pages: pages.length,
        notes: [...(i === 0 ? scorecardNote : []), ...page.flatMap((r) => r.figures)],
      })
    })
  }
  for (const comparison of comparisons(dataset).filter((c) => isChosen(c.indicator.id))) {
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
  const chosenTargets = targetsByField(dataset)
    .map(({ field, entries }) => ({ field, entries: entries.filter((e) => isChosen(e.indicator.id)) }))
    .filter(({ entries }) => entries.length > 0)
  for (const { field, entries } of chosenTargets) {
    const pages = chunkEvenly(entries, targetsPerSlide)
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
  const percentEntries = chosenTargets
    .flatMap((g) => g.entries)
    .filter((e) => e.target.unit === 'percent' && !e.indicator.isGrowthRate)
  if (percentEntries.length > 1) {
    // Lower-is-better bars come last: split evenly, so that the last page is not a lone bar.
    const pages = chunkEvenly(percentEntries, percentBarsPerSlide)
    pages.forEach((entries, i) => {
      slides.push({
        id: pages.length > 1 ? `percent-targets-${i + 1}` : 'percent-targets',
        kind: 'percent-targets',
        entries,
        page: i + 1,
        pages: pages.length,
        notes: entries.map((e) => e.target),
      })
    })
  }
  slides.push(
    ...recordSlides(
      record.filter((f) => isChosen(f.indicator.id)),
      targetsPerSlide,
    ),
  )
  // The place's profile, nine cards a slide: its wholes (their parts with them), then the density derived from them.
  const profile = dataset.figures.filter((f) => f.role === 'profile')
  const wholes = profile.filter((figure) => !figure.partOf)
  const density = wholes.length > 0 ? populationDensity(dataset) : null
  const profilePages = chunkEvenly([...wholes, ...(density ? ['density' as const] : [])], profilePerSlide)
  profilePages.forEach((page, i) => {
    const figures = page.filter((card) => card !== 'density')
    const withDensity = page.includes('density')
    // (The density's own quotes are those of the people and the land it is derived from.)
    const shown = new Set([
      ...figures.map((figure) => figure.id),
      ...(withDensity && density ? [density.population.id, density.area.id] : []),
    ])
    slides.push({
      id: i === 0 ? 'profile' : `profile-${i + 1}`,
      kind: 'profile',
      figures,
      withDensity,
      page: i + 1,
      pages: profilePages.length,
      notes: profile.filter((figure) => shown.has(figure.id) || shown.has(figure.partOf ?? '')),
    })
  })
  slides.push({
    id: 'closing',
    kind: 'closing',
    notes: [
      ...(report.publisher.quote
        ? [{ label: bilingual('quotePublisher'), quote: report.publisher.quote }]
        : []),
      ...(report.publishedQuote
        ? [{ label: bilingual('quotePublished'), quote: report.publishedQuote }]
        : []),
      ...(report.authorQuote ? [{ label: bilingual('author'), quote: report.authorQuote }] : []),
    ],
  })
  return slides
}

/** The presenter's notes of a slide: each quote behind its figures, under what it is. */
export function presenterNotes(slide: Slide, language: Language): string {
  // A quote that brings its own quotation marks (a motto) is not wrapped in a second pair.
  const quoted = (quote: string) => (/^[“"]/u.test(quote) ? quote : `“${quote}”`)
  return slide.notes.map((note) => `${note.label[language]}: ${quoted(note.quote)}`).join('\n')
}
