import { ScorecardMarks } from '../../components/scorecard-marks.tsx'
import { formatPeriod } from '../../components/figure-value.tsx'
import { headlineResults } from '../../dataset/derive.ts'
import type { Dataset } from '../../dataset/schema.ts'
import { formatAmount } from '../../dataset/format-amount.ts'
import { useI18n } from '../../lib/i18n-context.ts'

export function ScorecardSlide({ dataset }: { dataset: Dataset }) {
  const { language, t } = useI18n()
  const { scorecard } = dataset
  return (
    <div className="grid h-full grid-cols-[560px_1fr] gap-14">
      {scorecard ? (
        <div>
          <p className="text-[160px] leading-none font-semibold tabular-nums">
            {scorecard.achieved}/{scorecard.total}
          </p>
          <p className="mt-4 text-[36px] leading-snug">
            {t('scorecardText', { achieved: scorecard.achieved, total: scorecard.total })}
          </p>
          <div className="mt-6 [&_circle]:stroke-(--slide-actual) [&_circle[data-mark=filled]]:fill-(--slide-actual) [&_circle[data-mark=open]]:fill-(--slide-bg)">
            <ScorecardMarks
              achieved={scorecard.achieved}
              total={scorecard.total}
              size={56}
              label={t('scorecardMarks', { achieved: scorecard.achieved, total: scorecard.total })}
            />
          </div>
          <p className="mt-6 text-[34px] leading-snug text-(--slide-muted)">{t('scorecardNote')}</p>
        </div>
      ) : (
        <div />
      )}
      <ul className="grid grid-cols-2 content-start gap-x-12 gap-y-10">
        {headlineResults(dataset).map(({ indicator, figures: [headline, ...qualifiers] }) => (
          <li key={indicator.id} className="border-l-8 border-(--slide-actual) pl-6">
            <p className="text-[34px] leading-snug text-(--slide-muted)">{indicator.name[language]}</p>
            {headline && (
              <p className="text-[50px] leading-tight font-semibold tabular-nums">
                {formatAmount(headline, language)}
              </p>
            )}
            {headline?.changeFrom && (
              <p className="text-[34px] text-(--slide-muted)">
                {t('changeFrom', { period: formatPeriod(headline.changeFrom, t) })}
              </p>
            )}
            {qualifiers.map((figure) => (
              <p key={figure.id} className="text-[34px] leading-snug">
                {figure.label[language]}: <strong>{formatAmount(figure, language)}</strong>
              </p>
            ))}
          </li>
        ))}
      </ul>
    </div>
  )
}
