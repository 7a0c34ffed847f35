import ComparisonChart from '../../components/charts/comparison-chart.tsx'
import PercentTargetsChart from '../../components/charts/percent-targets-chart.tsx'
import { ScorecardMarks } from '../../components/scorecard-marks.tsx'
import { formatPeriod } from '../../components/figure-value.tsx'
import { type Comparison, comparisons, headlineResults, targetsByField } from '../../dataset/derive.ts'
import type { Dataset } from '../../dataset/schema.ts'
import { comparatorSign, comparatorWords, formatAmount } from '../../dataset/format-amount.ts'
import { fieldKeys } from '../../model/field-labels.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { changeLabel, comparisonRows, percentTargetRows } from '../../model/chart-rows.ts'

type BodyProps = { dataset: Dataset }

export function ComparisonBody({ comparison, width = 900 }: { comparison: Comparison; width?: number }) {
  const { language, t } = useI18n()
  return (
    <div style={{ width }}>
      <p className="mb-3 text-[18px] font-semibold">{changeLabel(comparison, language, t)}</p>
      <ComparisonChart
        rows={comparisonRows(comparison, language, t)}
        unit={comparison.target.unit}
        language={language}
        height={Math.round(width * 0.5)}
        width={width}
      />
    </div>
  )
}

export function PercentTargetsBody({ dataset }: BodyProps) {
  const { language, t } = useI18n()
  const rows = percentTargetRows(dataset, language)
  return (
    <div style={{ width: 900 }}>
      <p className="mb-2 flex gap-6 text-[15px]">
        <span className="flex items-center gap-1.5">
          <span className="inline-block size-3.5 bg-(--chart-target)" /> {t('legendHigher')}
        </span>
        <span className="flex items-center gap-1.5">
          <span className="inline-block size-3.5 border-2 border-(--chart-lower) bg-(--chart-lower-fill)" />{' '}
          {t('legendLower')}
        </span>
      </p>
      <PercentTargetsChart rows={rows} language={language} height={56 + rows.length * 44} width={900} />
    </div>
  )
}

export function ScorecardBody({ dataset }: BodyProps) {
  const { language, t } = useI18n()
  const { scorecard } = dataset
  return (
    <div className="grid w-[1000px] grid-cols-[360px_1fr] gap-10">
      {scorecard && (
        <div>
          <p className="text-[88px] leading-none font-semibold tabular-nums">
            {scorecard.achieved}/{scorecard.total}
          </p>
          <p className="mt-2 text-[20px]">
            {t('scorecardText', { achieved: scorecard.achieved, total: scorecard.total })}
          </p>
          <div className="mt-4 [&_circle]:stroke-(--chart-actual) [&_circle[data-mark=filled]]:fill-(--chart-actual) [&_circle[data-mark=open]]:fill-transparent">
            <ScorecardMarks
              achieved={scorecard.achieved}
              total={scorecard.total}
              size={36}
              label={t('scorecardMarks', { achieved: scorecard.achieved, total: scorecard.total })}
            />
          </div>
          <p className="mt-4 text-[16px] text-(--slide-muted)">{t('scorecardNote')}</p>
        </div>
      )}
      <ul className="grid grid-cols-2 content-start gap-x-8 gap-y-6">
        {headlineResults(dataset).map(({ indicator, figures: [headline, ...qualifiers] }) => (
          <li key={indicator.id} className="border-l-4 border-(--chart-actual) pl-4">
            <p className="text-[17px] text-(--slide-muted)">{indicator.name[language]}</p>
            {headline && (
              <p className="text-[32px] leading-tight font-semibold tabular-nums">
                {formatAmount(headline, language)}
              </p>
            )}
            {headline?.changeFrom && (
              <p className="text-[15px] text-(--slide-muted)">
                {t('changeFrom', { period: formatPeriod(headline.changeFrom, t) })}
              </p>
            )}
            {qualifiers.map((figure) => (
              <p key={figure.id} className="text-[16px]">
                {figure.label[language]}: <strong>{formatAmount(figure, language)}</strong>
              </p>
            ))}
          </li>
        ))}
      </ul>
    </div>
  )
}

export function TargetsBody({ dataset }: BodyProps) {
  const { language, t } = useI18n()
  return (
    <div className="flex w-[1200px] flex-col gap-6">
      {targetsByField(dataset).map(({ field, entries }) => (
        <section key={field}>
          <p className="text-[24px] font-semibold">{t(fieldKeys[field])}</p>
          <ul className="mt-2 grid grid-cols-3 gap-x-8 gap-y-4">
            {entries.map(({ target, indicator, actual }) => (
              <li
                key={target.id}
                className={`border-l-4 pl-3 ${indicator.better === 'lower' ? 'border-(--chart-lower)' : 'border-(--chart-target)'}`}
              >
                <p className="text-[16px] leading-snug">{indicator.name[language]}</p>
                <p className="text-[28px] leading-tight font-semibold tabular-nums">
                  {formatAmount(target, language)}
                </p>
                <p className="text-[14px] text-(--slide-muted)">
                  {target.comparator === 'exact' ? '' : `${comparatorSign(target.comparator)} `}
                  {comparatorWords(target.comparator, language)}
                  {actual &&
                    ` · ${t('actualWhereKnown', { year: actual.period?.year ?? '' })} ${formatAmount(actual, language)}`}
                  {indicator.better === 'lower' && ` · ${t('betterLower')}`}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}

export function DashboardBody({ dataset }: BodyProps) {
  const { language, t } = useI18n()
  return (
    <div className="flex w-[1200px] flex-col gap-10">
      <ScorecardBody dataset={dataset} />
      <section>
        <p className="mb-3 text-[26px] font-semibold">{t('sectionComparisons')}</p>
        <div className="grid grid-cols-2 gap-8">
          {comparisons(dataset).map((comparison) => (
            <div key={comparison.indicator.id}>
              <p className="text-[20px] font-semibold">{comparison.indicator.name[language]}</p>
              <ComparisonBody comparison={comparison} width={580} />
            </div>
          ))}
        </div>
      </section>
      <TargetsBody dataset={dataset} />
      <PercentTargetsBody dataset={dataset} />
    </div>
  )
}
