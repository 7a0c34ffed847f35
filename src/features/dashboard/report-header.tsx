import { SourceRef } from '../../components/source-ref.tsx'
import type { EnteredFact } from '../../dataset/report-schema.ts'
import type { Dataset } from '../../dataset/schema.ts'
import { formatDate, formatDateTime } from '../../lib/format.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { ReportTitle } from '../../components/views/report-title.tsx'

type ReportHeaderProps = { dataset: Dataset }

export function ReportHeader({ dataset }: ReportHeaderProps) {
  const { language, t } = useI18n()
  const { report } = dataset
  const isEntered = (fact: EnteredFact) => report.entered?.includes(fact) ?? false
  return (
    <header className="border-grid border-b pb-5">
      <ReportTitle dataset={dataset} size="screen" />
      <dl className="text-muted mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <div>
          {/* "Đăng lúc 10:34, 7/3/2024"; a date alone, or a month, is the day it was published on. */}
          <dt className="inline font-semibold">
            {t((report.publishedAt?.length ?? 0) > 10 ? 'published' : 'publishedDay')}:{' '}
          </dt>
          <dd className="inline">
            {!report.publishedAt ? (
              t('publishedUnknown')
            ) : report.publishedQuote ? (
              <SourceRef sourceId="report-published" quote={report.publishedQuote}>
                {formatDateTime(report.publishedAt, language)}
              </SourceRef>
            ) : (
              <>
                {formatDateTime(report.publishedAt, language)}
                <span className="text-muted">, {t('enteredByPerson')}</span>
              </>
            )}
          </dd>
        </div>
        {report.meetingDate && report.meetingQuote && (
          <div>
            <dt className="inline font-semibold">{t('meeting')}: </dt>
            <dd className="inline">
              <SourceRef sourceId="report-meeting" quote={report.meetingQuote}>
                {formatDate(report.meetingDate, language)}
              </SourceRef>
            </dd>
          </div>
        )}
        <div>
          <dt className="inline font-semibold">{t('source')}: </dt>
          <dd className="inline">
            {report.url || report.publisher.url ? (
              <a
                href={report.url ?? report.publisher.url}
                target="_blank"
                rel="noopener noreferrer"
                className="text-brand underline underline-offset-4"
              >
                {report.publisher.name[language]}
              </a>
            ) : (
              report.publisher.name[language]
            )}
          </dd>
        </div>
        {report.author && (
          <div>
            <dt className="inline font-semibold">{t('author')}: </dt>
            <dd className="inline">
              {report.author}
              {isEntered('author') && <span className="text-muted">, {t('enteredByPerson')}</span>}
            </dd>
          </div>
        )}
        {isEntered('title') && (
          // A heading the maker wrote, not quoted from the article: whose words it is, said as the other details are.
          <div>
            <dt className="inline font-semibold">{t('quoteTitle')}: </dt>
            <dd className="text-muted inline">{t('titleEntered')}</dd>
          </div>
        )}
      </dl>
    </header>
  )
}
