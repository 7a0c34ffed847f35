import type { Dataset } from '../dataset/schema.ts'
import { fieldKeys } from './field-labels.ts'
import { actualPeriod } from './period-words.ts'
import { placeName } from './place-line.ts'
import type { Language } from '../lib/language.ts'
import type { Translate } from '../lib/messages.ts'
import type { Slide } from './deck.ts'

/** The heading of a slide, as the slide, the presenter view and exported decks show it. */
export function slideTitle(slide: Slide, dataset: Dataset, language: Language, t: Translate): string {
  const { periods } = dataset
  // A slide of several of its kind says which it is: "(2/3)".
  const paged = (title: string) =>
    'pages' in slide && slide.pages > 1
      ? `${title} ${t('slideTitlePage', { page: slide.page, pages: slide.pages })}`
      : title
  switch (slide.kind) {
    case 'title':
      return dataset.report.title[language]
    case 'scorecard':
      return paged(t('slideTitleScorecard', { year: actualPeriod(dataset, language, { named: true }) }))
    case 'comparison':
      return slide.comparison.indicator.name[language]
    case 'facts':
      return t('slideTitleFacts', { year: periods.target })
    case 'targets':
      return paged(t('slideTitleTargets', { year: periods.target, field: t(fieldKeys[slide.field]) }))
    case 'percent-targets':
      return paged(t('percentChartTitle', { year: periods.target }))
    case 'record':
      return paged(t('slideTitleRecord', { year: slide.year }))
    case 'profile':
      return paged(t('profileTitle', { place: placeName(dataset.report, language) }))
    case 'closing':
      return t('slideTitleClosing')
  }
}

/** What a slide can be found by: its title and the names of the indicators it shows. */
export function slideSearchText(slide: Slide, dataset: Dataset, language: Language, t: Translate): string {
  const names = (() => {
    switch (slide.kind) {
      case 'scorecard':
        return slide.results.map((r) => r.indicator.name[language])
      case 'comparison':
        return [slide.comparison.indicator.name[language]]
      case 'targets':
      case 'percent-targets':
        return slide.entries.map((e) => e.indicator.name[language])
      case 'record':
        return slide.followed.map((f) => f.indicator.name[language])
      default:
        return []
    }
  })()
  return [slideTitle(slide, dataset, language, t), ...names].join(' ')
}
