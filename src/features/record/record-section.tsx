import { ComparisonCard } from '../../components/charts/comparison-card.tsx'
import type { Dataset } from '../../dataset/schema.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { saveFile } from '../../lib/save-file.ts'
import { exportFileName } from '../../lib/file-name.ts'
import { followTargets } from '../../model/follow-targets.ts'
import { placeName } from '../../model/place-line.ts'
import { recordRows, recordToCsv, recordUnit, verdictKeys, yearRecords } from '../../model/record.ts'
import { RecordTable } from './record-table.tsx'
import { useSeries } from '../../stores/series.ts'
import { Select } from '../../components/fields.tsx'

const chartHeight = 260
const button = 'rounded border border-rule bg-surface px-3 py-1.5 text-sm text-fg hover:bg-hover'

/**
 * Did the place reach what it set for itself? Shown where the reader has two or more reports of one place:
 * a record per year, one indicator over the years, and every target with its verdict and both sentences.
 */
export default function RecordSection({ dataset }: { dataset: Dataset }) {
  const { language, t } = useI18n()
  const { series, indicatorId, setIndicator } = useSeries(dataset)
  if (series.length < 2) return null
  // Targets for a year no report of the series has reached yet wait on the dashboard, not here.
  const lastYear = series.at(-1)?.periods.actual ?? 0
  const followed = followTargets(series).filter((f) => f.year <= lastYear)
  const records = yearRecords(followed)
  const indicators = [...new Map(followed.map((f) => [f.indicator.id, f.indicator])).values()]
  const chosen = indicators.find((i) => i.id === indicatorId) ?? indicators[0]
  const ofChosen = followed.filter((f) => f.indicator.id === chosen?.id)
  const rows = recordRows(ofChosen, language, t)
  const years = series.map((d) => d.periods.actual).join(', ')
  const download = () => {
    const blob = new Blob([recordToCsv(followed, language, t)], { type: 'text/csv;charset=utf-8' })
    saveFile(blob, exportFileName({ datasetId: dataset.id, item: 'record', extension: 'csv' }))
  }
  return (
    <section id="record" aria-labelledby="record-title" className="scroll-mt-20 py-6">
      <h2 id="record-title" className="text-xl font-semibold">
        {t('sectionRecord')}
      </h2>
      <p className="text-muted mt-1">
        {t('recordIntro', { count: series.length, place: placeName(dataset.report, language), years })}
      </p>
      <p className="text-muted mt-1 text-sm">{t('recordHow')}</p>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {records.map((record) => (
          <li
            key={record.year}
            className="bg-surface border-grid rounded-xl border p-4"
            data-year={record.year}
          >
            <h3 className="font-semibold">{t('recordYear', { year: record.year })}</h3>
            <p className="mt-1 text-sm">
              {(['reached', 'missed', 'cannot-say'] as const).map((verdict) => (
                <span key={verdict} className="mr-3 inline-block">
                  {t(verdictKeys[verdict])}: <strong className="tabular-nums">{record[verdict]}</strong>
                </span>
              ))}
              <span className="inline-block">
                {t('verdictNoResult')}: <strong className="tabular-nums">{record['no-result']}</strong>
              </span>
            </p>
          </li>
        ))}
      </ul>
      {chosen && (
        <div className="mt-4 grid gap-3">
          <label className="flex max-w-xl flex-col gap-1 text-sm">
            <span className="font-semibold">{t('recordIndicator')}</span>
            <Select
              value={chosen.id}
              options={indicators.map((indicator) => ({
                value: indicator.id,
                label: indicator.name[language],
              }))}
              onChange={setIndicator}
            />
          </label>
          <ComparisonCard
            title={chosen.name[language]}
            unit={recordUnit(ofChosen, language)}
            summary={t('recordChartSummary', { name: chosen.name[language] })}
            rows={rows}
            height={chartHeight}
          />
        </div>
      )}
      <div className="mt-4 flex justify-end">
        <button type="button" className={button} onClick={download} data-print="hidden">
          {t('recordDownloadCsv')}
        </button>
      </div>
      <div className="mt-2">
        <RecordTable followed={followed} />
      </div>
    </section>
  )
}
