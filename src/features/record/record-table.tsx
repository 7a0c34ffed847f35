import { formatAmount } from '../../dataset/format-amount.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import type { FollowedTarget } from '../../model/follow-targets.ts'
import { resultText } from '../../model/record.ts'
import { VerdictText } from './verdict-text.tsx'

const cell = 'border-b border-grid px-2 py-1.5 align-top'

/** Every followed target: its year, the target and the result, the verdict, and both sentences on request. */
export function RecordTable({ followed }: { followed: FollowedTarget[] }) {
  const { language, t } = useI18n()
  return (
    <div
      className="border-grid overflow-auto rounded-lg border sm:max-h-[75vh] print:max-h-none"
      tabIndex={0}
      role="region"
      aria-label={t('recordTableLabel')}
    >
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t('sectionRecord')}</caption>
        <thead className="bg-page">
          <tr>
            {[
              t('tableIndicator'),
              t('tableVerdict'),
              t('tableYear'),
              t('tableTarget'),
              t('tableResult'),
              t('tableSources'),
            ].map((header, i) => (
              <th
                key={header}
                scope="col"
                className={`${cell} bg-page sticky top-0 font-semibold ${i === 0 ? 'left-0 z-30' : 'z-20'}`}
              >
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {followed.map((f) => (
            <tr key={`${f.indicator.id}-${f.year}`} data-followed={`${f.indicator.id}-${f.year}`}>
              <th
                scope="row"
                className={`${cell} bg-surface sticky left-0 z-10 max-w-44 min-w-32 font-normal sm:max-w-80`}
              >
                {f.indicator.name[language]}
              </th>
              <td className={cell}>
                <VerdictText followed={f} />
              </td>
              <td className={`${cell} tabular-nums`}>{f.year}</td>
              <td className={`${cell} whitespace-nowrap`}>{formatAmount(f.target, language)}</td>
              <td className={cell}>{f.actual ? resultText(f, language, t) : '–'}</td>
              <td className={`${cell} min-w-64`}>
                <details className="text-muted">
                  <summary className="cursor-pointer text-xs font-semibold">
                    {t('recordSources')}
                    <span className="sr-only">: {f.indicator.name[language]}</span>
                  </summary>
                  <p className="mt-1 text-xs">
                    {t('recordSetIn', { title: f.setIn.report.title[language] })}: “{f.target.quote}”
                  </p>
                  {f.actual && f.reportedIn && (
                    <p className="mt-1 text-xs">
                      {t('recordReportedIn', { title: f.reportedIn.report.title[language] })}: “
                      {f.actual.quote}”
                    </p>
                  )}
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
