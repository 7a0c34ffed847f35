import { isError, type Problem } from '../../dataset/problem.ts'
import type { Work, WorkReport } from '../../draft/work.ts'
import { type AuthoringText, useAuthoringText } from './authoring-messages.ts'
import { ProblemList } from './problem-list.tsx'

type ReportFormProps = {
  work: Work
  problems: readonly Problem[]
  onChange: (change: (work: Work) => Work) => void
}

const fieldClass = 'w-full min-w-0 rounded border border-slate-400 bg-white px-2 py-1 font-normal'
const labelClass = 'flex flex-col gap-0.5 text-sm font-semibold'

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

const year = (value: string) => (/^\d{4}$/u.test(value) ? Number(value) : null)

/** What the text says about itself, and what it cannot: the place, the publisher's site, the years compared. */
export function ReportForm({ work, problems, onChange }: ReportFormProps) {
  const { a } = useAuthoringText()
  const setReport = (key: keyof WorkReport, value: string) =>
    onChange((current) => ({ ...current, report: { ...current.report, [key]: value } }))
  return (
    <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
      <label className={labelClass}>
        {a('id')}
        <input
          className={fieldClass}
          value={work.id}
          onChange={(e) => onChange((current) => ({ ...current, id: e.target.value.trim() }))}
        />
      </label>
      <label className={labelClass}>
        {a('periodsActual')}
        <input
          inputMode="numeric"
          className={fieldClass}
          value={work.periods.actual ?? ''}
          onChange={(e) =>
            onChange((current) => ({
              ...current,
              periods: { ...current.periods, actual: year(e.target.value) },
            }))
          }
        />
      </label>
      <label className={labelClass}>
        {a('periodsTarget')}
        <input
          inputMode="numeric"
          className={fieldClass}
          value={work.periods.target ?? ''}
          onChange={(e) =>
            onChange((current) => ({
              ...current,
              periods: { ...current.periods, target: year(e.target.value) },
            }))
          }
        />
      </label>
      {fields.map((field) => (
        <label key={field.key} className={`${labelClass} ${field.wide ? 'sm:col-span-2 lg:col-span-3' : ''}`}>
          {a(field.label)}
          <input
            type={field.type ?? 'text'}
            lang={field.lang}
            className={fieldClass}
            value={work.report[field.key]}
            onChange={(e) => setReport(field.key, e.target.value)}
          />
        </label>
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
