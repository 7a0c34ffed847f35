import { comparisons } from '../dataset/derive.ts'
import type { Dataset, Figure } from '../dataset/schema.ts'
import { unitLabel } from '../dataset/format-amount.ts'
import type { Language } from '../lib/language.ts'
import type { Translate } from '../lib/messages.ts'
import { percentTargetRows } from './chart-rows.ts'
import { buildDeck, type DeckChoice, type Slide } from './deck.ts'
import { indicatorRows } from './indicator-table.ts'
import { targetsIntro } from './targets-intro.ts'
import { actualPeriod, periodsLine } from './period-words.ts'
import { slideTitle } from './slide-title.ts'

export type ExportKind =
  'comparison' | 'percent-targets' | 'scorecard' | 'targets' | 'indicators' | 'slide' | 'dashboard'

/** Something that can be exported: its own title and subtitle (unit, periods), and the figures behind it. */
export type ExportItem = {
  id: string
  kind: ExportKind
  title: string
  subtitle: string
  figures: Figure[]
  slide?: Slide
  slideNumber?: number
}

/** Image sizes in CSS pixels; a long page is as tall as what it shows, so nothing is shrunk or cut. */
export const presets: Record<'card' | 'slide' | 'share' | 'page', { width: number; height?: number }> = {
  card: { width: 1200, height: 800 },
  slide: { width: 1920, height: 1080 },
  share: { width: 1200, height: 630 },
  page: { width: 1400 },
}
export type Preset = keyof typeof presets

export const defaultPreset: Record<ExportKind, Preset> = {
  comparison: 'card',
  'percent-targets': 'card',
  scorecard: 'card',
  targets: 'page',
  indicators: 'page',
  slide: 'slide',
  dashboard: 'page',
}

/** What can be exported; the slides are those of the deck as the meeting chose it. */
export function exportItems(
  dataset: Dataset,
  language: Language,
  t: Translate,
  choice: DeckChoice = {},
): ExportItem[] {
  const { actual, target } = dataset.periods
  const periods = periodsLine(dataset, t, language)
  const items: ExportItem[] = [
    {
      id: 'dashboard',
      kind: 'dashboard',
      title: dataset.report.title[language],
      subtitle: periods,
      figures: dataset.figures,
    },
  ]
  if (dataset.scorecard) {
    items.push({
      id: 'scorecard',
      kind: 'scorecard',
      title: t('slideTitleScorecard', { year: actualPeriod(dataset, language, { named: true }) }),
      // The body shows the count itself: a subtitle with "8/13" would say it twice.
      subtitle: t('scorecardTitle', { year: actual }),
      figures: dataset.figures.filter((f) => f.role === 'actual' && f.period?.year === actual),
    })
  }
  for (const comparison of comparisons(dataset)) {
    items.push({
      id: `comparison-${comparison.indicator.id}`,
      kind: 'comparison',
      title: comparison.indicator.name[language],
      subtitle: `${unitLabel(comparison.target.unit, language)} · ${t('actualLabel', { year: actualPeriod(dataset, language) })} / ${t('targetLabel', { year: target })}`,
      figures: [comparison.actual, comparison.target],
    })
  }
  // A report with no targets (results alone) has no targets' section to export.
  const targets = dataset.figures.filter((f) => f.role === 'target' && f.period?.year === target)
  if (targets.length > 0)
    items.push({
      id: 'targets',
      kind: 'targets',
      title: t('sectionTargets', { year: target }),
      subtitle: targetsIntro(dataset, t, language),
      figures: targets,
    })
  const rows = indicatorRows(dataset)
  items.push({
    id: 'indicators',
    kind: 'indicators',
    title: t('sectionIndicators'),
    subtitle: periods,
    figures: rows.flatMap((row) => [row.actual, row.target].filter((f) => f !== undefined)),
  })
  const percentRows = percentTargetRows(dataset, language)
  if (percentRows.length > 0) {
    items.push({
      id: 'percent-targets',
      kind: 'percent-targets',
      title: t('percentChartTitle', { year: target }),
      subtitle: `% · ${t('targetLabel', { year: target })}`,
      figures: dataset.figures.filter((f) => percentRows.some((row) => row.id === f.id)),
    })
  }
  buildDeck(dataset, choice).forEach((slide, i) => {
    items.push({
      id: `slide-${i + 1}`,
      kind: 'slide',
      title: t('slideNumbered', { slide: i + 1, title: slideTitle(slide, dataset, language, t) }),
      subtitle: periods,
      figures: dataset.figures.filter((figure) => slide.notes.includes(figure)),
      slide,
      slideNumber: i + 1,
    })
  })
  return items
}
