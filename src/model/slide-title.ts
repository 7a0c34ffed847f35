import type { Dataset } from '../dataset/schema.ts'
import { fieldKeys } from './field-labels.ts'
import { placeName } from './place-line.ts'
import type { Language } from '../lib/language.ts'
import type { Translate } from '../lib/messages.ts'
import type { Slide } from './deck.ts'

/** The heading of a slide, as the slide, the presenter view and exported decks show it. */
export function slideTitle(slide: Slide, dataset: Dataset, language: Language, t: Translate): string {
  const { periods } = dataset
  switch (slide.kind) {
    case 'title':
      return dataset.report.title[language]
    case 'scorecard':
      return t('slideTitleScorecard', { year: periods.actual })
    case 'comparison':
      return slide.comparison.indicator.name[language]
    case 'facts':
      return t('slideTitleFacts', { year: periods.target })
    case 'targets': {
      const title = t('slideTitleTargets', { year: periods.target, field: t(fieldKeys[slide.field]) })
      return slide.pages > 1
        ? `${title} ${t('slideTitlePage', { page: slide.page, pages: slide.pages })}`
        : title
    }
    case 'percent-targets':
      return t('percentChartTitle', { year: periods.target })
    case 'profile':
      return t('profileTitle', { place: placeName(dataset.report, language) })
    case 'closing':
      return t('slideTitleClosing')
  }
}
