import type { Dataset } from '../../dataset/schema.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import type { Slide } from '../../model/deck.ts'
import { sourceLine } from '../../model/place-line.ts'
import { slideTitle } from '../../model/slide-title.ts'
import { PlanFacts } from '../views/plan-facts.tsx'
import { ProfileFigures } from '../views/profile-figures.tsx'
import { RecordList } from '../views/record-list.tsx'
import { TargetList } from '../views/target-list.tsx'
import { SlideFrame } from './slide-frame.tsx'
import { ClosingSlide } from './closing-slide.tsx'
import { ComparisonSlide } from './comparison-slide.tsx'
import { PercentTargetsSlide } from './percent-targets-slide.tsx'
import { ScorecardSlide } from './scorecard-slide.tsx'
import { TitleSlide } from './title-slide.tsx'

type SlideViewProps = {
  slide: Slide
  dataset: Dataset
  /** The slide's place in the deck, shown at its foot; leave both out for a slide exported on its own. */
  number?: number | undefined
  count?: number | undefined
  /** Added at the foot of an exported slide: "Xuất ngày …". */
  note?: string
}

export function SlideView({ slide, dataset, number, count, note }: SlideViewProps) {
  const { language, t } = useI18n()
  if (slide.kind === 'title') return <TitleSlide dataset={dataset} note={note} />
  const { report } = dataset
  const footer = [
    `${report.place.name[language]}`,
    sourceLine(report, language),
    ...(note ? [note] : []),
  ].join(' · ')
  const counter = number && count ? t('slideCounter', { slide: number, count }) : undefined
  return (
    <SlideFrame title={slideTitle(slide, dataset, language, t)} footer={footer} counter={counter}>
      {slide.kind === 'scorecard' && <ScorecardSlide dataset={dataset} results={slide.results} />}
      {slide.kind === 'comparison' && <ComparisonSlide comparison={slide.comparison} />}
      {slide.kind === 'facts' && <PlanFacts dataset={dataset} size="slide" />}
      {slide.kind === 'targets' && (
        <TargetList entries={slide.entries} periods={dataset.periods} size="slide" />
      )}
      {slide.kind === 'percent-targets' && (
        <PercentTargetsSlide dataset={dataset} targets={slide.entries.map((e) => e.target)} />
      )}
      {slide.kind === 'record' && <RecordList followed={slide.followed} />}
      {slide.kind === 'profile' && <ProfileFigures dataset={dataset} size="slide" />}
      {slide.kind === 'closing' && <ClosingSlide dataset={dataset} />}
    </SlideFrame>
  )
}
