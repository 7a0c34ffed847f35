import { isError, type Problem } from '../../dataset/problem.ts'
import type { Work, WorkReport } from '../../draft/work.ts'
import { type AuthoringText, useAuthoringText } from './authoring-messages.ts'
import { TextField, yearOf } from './form-fields.tsx'
import { ProblemList } from './problem-list.tsx'

type ReportFormProps = {
  work: Work
  problems: readonly Problem[]
  onChange: (change: (work: Work) => Work) => void
}

type TextField = {
  key: keyof WorkReport
  label: Parameters<AuthoringText>[0]
  type?: string
  lang?: string
  wide?: boolean
}

const fields: readonly TextField[] = [
  { key: 'title', label: 'reportTitle', lang: 'vi', wide: true },
  { key: 'titleEn', label: 'reportTitleEn', lang: 'en', wide: true },
  { key: 'placeName', label: 'placeName', lang: 'vi' },
  { key: 'placeKind', label: 'placeKind', lang: 'vi' },
  { key: 'province', label: 'province', lang: 'vi' },
  { key: 'publisherName', label: 'publisherName', lang: 'vi' },
  { key: 'publisherUrl', label: 'publisherUrl', type: 'url' },
  { key: 'url', label: 'url', type: 'url' },
  { key: 'publisherQuote', label: 'publisherQuote', lang: 'vi' },
  { key: 'publishedDate', label: 'publishedDate', type: 'date' },
  { key: 'publishedTime', label: 'publishedTime', type: 'time' },
  { key: 'publishedQuote', label: 'publishedQuote', lang: 'vi' },
  { key: 'meetingDate', label: 'meetingDate', type: 'date' },
  { key: 'meetingQuote', label: 'meetingQuote', lang: 'vi' },
  { key: 'author', label: 'author', lang: 'vi' },
]

/** The form field a problem's path is about, by the longest path that starts it. */
const fieldOfPath: readonly (readonly [string, Parameters<AuthoringText>[0]])[] = [
  ['report.title', 'reportTitle'],
  ['report.place.name', 'placeName'],
  ['report.place.kind', 'placeKind'],
  ['report.place.province', 'province'],
  ['report.publisher.name', 'publisherName'],
  ['report.publisher.url', 'publisherUrl'],
  ['report.publisher.quote', 'publisherQuote'],
  ['report.url', 'url'],
  ['report.publishedAt', 'publishedDate'],
  ['report.publishedQuote', 'publishedQuote'],
  ['report.meetingDate', 'meetingDate'],
  ['report.meetingQuote', 'meetingQuote'],
  ['report.author', 'author'],
  ['periods.actual', 'periodsActual'],
  ['periods.target', 'periodsTarget'],
  ['id', 'id'],
]

/** What the text says about itself, and what it cannot: the place, the publisher's site, the years compared. */
export function ReportForm({ work, problems, onChange }: ReportFormProps) {
  const { a } = useAuthoringText()
  const setReport = (key: keyof WorkReport, value: string) =>
    onChange((current) => ({ ...current, report: { ...current.report, [key]: value } }))
  const setPeriod = (key: 'actual' | 'target', value: string) =>
    onChange((current) => ({ ...current, periods: { ...current.periods, [key]: yearOf(value) } }))
  return (
    <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
      <TextField
        label={a('id')}
        value={work.id}
        onChange={(id) => onChange((current) => ({ ...current, id: id.trim() }))}
      />
      <TextField
        label={a('periodsActual')}
        isNumeric
        value={String(work.periods.actual ?? '')}
        onChange={(v) => setPeriod('actual', v)}
      />
      <TextField
        label={a('periodsTarget')}
        isNumeric
        value={String(work.periods.target ?? '')}
        onChange={(v) => setPeriod('target', v)}
      />
      {fields.map((field) => (
        <TextField
          key={field.key}
          className={field.wide ? 'sm:col-span-2 lg:col-span-3' : ''}
          label={a(field.label)}
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
            return key ? a(key) : undefined
          }}
        />
      </div>
    </div>
  )
}
