import type { ReactNode } from 'react'
import type { Dataset } from '../../dataset/schema.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { scorecardWords } from '../../model/scorecard-words.ts'
import { ScorecardMarks } from '../scorecard-marks.tsx'
import { SourceRef } from '../source-ref.tsx'
import { textTokens, type ViewSize } from './view-size.ts'

type Scorecard = NonNullable<Dataset['scorecard']>

type ScorecardSummaryProps = {
  scorecard: Scorecard
  size: ViewSize
  /** Beside the title on the dashboard: the export button. */
  actions?: ReactNode
}

const markSizes: Record<ViewSize, number> = { screen: 22, export: 36 }

// Element Timing marks the first headline figure, so the benchmark can time when it is painted.
const headlineTiming = { elementtiming: 'headline' }

/** "8/13 main indicators achieved or exceeded": the report's own count, one mark per indicator. */
export function ScorecardSummary({ scorecard, size, actions }: ScorecardSummaryProps) {
  const { t } = useI18n()
  const tokens = textTokens[size]
  const counts = { achieved: scorecard.achieved, total: scorecard.total }
  const count = `${scorecard.achieved}/${scorecard.total}`
  return (
    <div>
      {size === 'screen' && (
        <div className="flex items-start justify-between gap-2">
          <h3 className="text-muted font-semibold">{t('scorecardTitle', { year: scorecard.period.year })}</h3>
          {actions}
        </div>
      )}
      <p className={`${tokens.hero} ${size === 'screen' ? 'mt-2' : ''}`} {...headlineTiming}>
        {size === 'screen' ? (
          <SourceRef sourceId="scorecard" quote={scorecard.quote}>
            {count}
          </SourceRef>
        ) : (
          count
        )}
      </p>
      {/* The count is said once, by the number above: the sentence goes on from it. */}
      <p className={`${tokens.body} mt-2`}>{t(scorecardWords(scorecard).text)}</p>
      <div className="mt-4">
        <ScorecardMarks
          {...counts}
          size={markSizes[size]}
          label={t(scorecardWords(scorecard).marks, counts)}
        />
      </div>
      <p className={`${tokens.note} mt-4`}>{t('scorecardNote')}</p>
    </div>
  )
}
