import { isError, type Problem } from '../../dataset/problem.ts'
import type { Work, WorkReport } from '../../draft/work.ts'
import type { WorkAction } from '../../draft/work-actions.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import type { PlainMessageKey } from '../../lib/messages.ts'
import { TextField, yearOf } from './form-fields.tsx'
import { ProblemList } from './problem-list.tsx'

type ReportFormProps = {
  work: Work
  problems: readonly Problem[]
  dispatch: (action: WorkAction) => void
}

type TextField = {
  key: keyof WorkReport
  label: PlainMessageKey
  type?: string
  lang?: string
  wide?: boolean
}

const fields: readonly TextField[] = [
  { key: 'title', label: 'makerReportTitle', lang: 'vi', wide: true },
  { key: 'titleEn', label: 'makerReportTitleEn', lang: 'en', wide: true },
  { key: 'placeName', label: 'makerPlaceName', lang: 'vi' },
  { key: 'placeKind', label: 'makerPlaceKind', lang: 'vi' },
  { key: 'province', label: 'makerProvince', lang: 'vi' },
  { key: 'publisherName', label: 'makerPublisherName', lang: 'vi' },
  { key: 'publisherUrl', label: 'makerPublisherUrl', type: 'url' },
  { key: 'url', label: 'makerUrl', type: 'url' },
  { key: 'publisherQuote', label: 'makerPublisherQuote', lang: 'vi' },
  { key: 'publishedDate', label: 'makerPublishedDate', type: 'date' },
  { key: 'publishedTime', label: 'makerPublishedTime', type: 'time' },
  { key: 'publishedQuote', label: 'makerPublishedQuote', lang: 'vi' },
  { key: 'meetingDate', label: 'makerMeetingDate', type: 'date' },
  { key: 'meetingQuote', label: 'makerMeetingQuote', lang: 'vi' },
  { key: 'author', label: 'makerAuthor', lang: 'vi' },
]

/** The form field a problem's path is about, by the longest path that starts it. */
const fieldOfPath: readonly (readonly [string, PlainMessageKey])[] = [
  ['report.title', 'makerReportTitle'],
  ['report.place.name', 'makerPlaceName'],
  ['report.place.kind', 'makerPlaceKind'],
  ['report.place.province', 'makerProvince'],
  ['report.publisher.name', 'makerPublisherName'],
  ['report.publisher.url', 'makerPublisherUrl'],
  ['report.publisher.quote', 'makerPublisherQuote'],
  ['report.url', 'makerUrl'],
  ['report.publishedAt', 'makerPublishedDate'],
  ['report.publishedQuote', 'makerPublishedQuote'],
  ['report.meetingDate', 'makerMeetingDate'],
  ['report.meetingQuote', 'makerMeetingQuote'],
  ['report.author', 'makerAuthor'],
  ['periods.actual', 'makerPeriodsActual'],
  ['periods.target', 'makerPeriodsTarget'],
  ['id', 'makerId'],
]

/** What the text says about itself, and what it cannot: the place, the publisher's site, the years compared. */
export function ReportForm({ work, problems, dispatch }: ReportFormProps) {
  const { t } = useI18n()
  const setReport = (key: keyof WorkReport, value: string) =>
    dispatch({ type: 'report/set', patch: { [key]: value } })
  const setPeriod = (key: 'actual' | 'target', value: string) =>
    dispatch({ type: 'periods/set', patch: { [key]: yearOf(value) } })
  return (
    <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
      <TextField label={t('makerId')} value={work.id} onChange={(id) => dispatch({ type: 'id/set', id })} />
      <TextField
        label={t('makerPeriodsActual')}
        isNumeric
        value={String(work.periods.actual ?? '')}
        onChange={(v) => setPeriod('actual', v)}
      />
      <TextField
        label={t('makerPeriodsTarget')}
        isNumeric
        value={String(work.periods.target ?? '')}
        onChange={(v) => setPeriod('target', v)}
      />
      {fields.map((field) => (
        <TextField
          key={field.key}
          className={field.wide ? 'sm:col-span-2 lg:col-span-3' : ''}
          label={t(field.label)}
          {...(field.type ? { type: field.type } : {})}
          {...(field.lang ? { lang: field.lang } : {})}
          value={work.report[field.key]}
          onChange={(value) => setReport(field.key, value)}
        />
      ))}
      <div className="sm:col-span-2 lg:col-span-3" data-has-errors={problems.some(isError)}>
        <ProblemList
          problems={problems}
          labelOf={(path) => {
            const key = fieldOfPath.find(([prefix]) => path.startsWith(prefix))?.[1]
            return key ? t(key) : undefined
          }}
        />
      </div>
    </div>
  )
}
