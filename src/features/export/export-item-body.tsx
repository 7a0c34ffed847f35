import { SlideView } from '../../components/slides/slide-view.tsx'
import { comparisons } from '../../dataset/derive.ts'
import type { Dataset } from '../../dataset/schema.ts'
import type { ExportItem } from '../../model/export-items.ts'
import {
  ComparisonBody,
  DashboardBody,
  IndicatorsBody,
  PercentTargetsBody,
  ScorecardBody,
  TargetsBody,
} from './export-bodies.tsx'

type ExportItemBodyProps = { dataset: Dataset; item: ExportItem; note: string }

/** What an export shows inside its frame, laid out at its natural size for the frame to scale. */
export function ExportItemBody({ dataset, item, note }: ExportItemBodyProps) {
  switch (item.kind) {
    case 'comparison': {
      const comparison = comparisons(dataset).find((c) => `comparison-${c.indicator.id}` === item.id)
      return comparison ? <ComparisonBody comparison={comparison} /> : null
    }
    case 'percent-targets':
      return <PercentTargetsBody dataset={dataset} />
    case 'scorecard':
      return <ScorecardBody dataset={dataset} />
    case 'targets':
      return <TargetsBody dataset={dataset} />
    case 'indicators':
      return <IndicatorsBody dataset={dataset} />
    case 'dashboard':
      return <DashboardBody dataset={dataset} />
    case 'slide':
      // A slide on its own: no "Slide 4/14" at its foot, that belongs to presenting the deck.
      return item.slide ? (
        <div className="bg-surface h-[1080px] w-[1920px]">
          <SlideView slide={item.slide} dataset={dataset} note={note} />
        </div>
      ) : null
  }
}
