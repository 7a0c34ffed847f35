import { useState } from 'react'
import { normalizeText } from '../../dataset/clean-text.ts'
import { readDateInput } from '../../dataset/reading/read-date.ts'
import type { WorkAction } from '../../draft/work-actions.ts'
import { controlIds, type WorkProblem } from '../../draft/work-problems.ts'
import type { Work, WorkReport } from '../../draft/work.ts'
import { isOwnProvince } from '../../draft/build-dataset.ts'
import { formatDate } from '../../lib/format.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import type { PlainMessageKey } from '../../lib/messages.ts'
import { TextField, YearField } from '../../components/fields.tsx'
import { ProblemList } from './problem-list.tsx'

type ReportFormProps = {
  work: Work
  problems: readonly WorkProblem[]
  dispatch: (action: WorkAction) => void
}

type ReportTextField = {
  key: keyof WorkReport
  label: PlainMessageKey
  type?: string
  lang?: string
  wide?: boolean
}

const fields: readonly ReportTextField[] = [
  { key: 'title', label: 'makerReportTitle', lang: 'vi', wide: true },
  { key: 'titleEn', label: 'makerReportTitleEn', lang: 'en', wide: true },
  { key: 'placeName', label: 'makerPlaceName', lang: 'vi' },
  { key: 'placeKind', label: 'makerPlaceKind', lang: 'vi' },
  { key: 'province', label: 'makerProvince', lang: 'vi' },
  { key: 'publisherName', label: 'makerPublisherName', lang: 'vi' },
  { key: 'publisherUrl', label: 'makerPublisherUrl', type: 'url' },
  { key: 'url', label: 'makerUrl', type: 'url' },
  { key: 'publisherQuote', label: 'makerPublisherQuote', lang: 'vi' },
]

/** After the publication date: its time and line, then (after the meeting's date) the meeting's quote and the author. */
const laterFields: readonly ReportTextField[] = [
  { key: 'publishedTime', label: 'makerPublishedTime', type: 'time' },
  { key: 'publishedQuote', label: 'makerPublishedQuote', lang: 'vi' },
  { key: 'meetingQuote', label: 'makerMeetingQuote', lang: 'vi' },
  { key: 'author', label: 'makerAuthor', lang: 'vi' },
]

/** A date as the page shows it, typed the Vietnamese way ("7/3/2024", "3/2024", "2024"), kept as an ISO date. */
function DateField({
  id,
  value,
  onChange,
  label,
  hint,
}: {
  id: string
  value: string
  onChange: (iso: string) => void
  label: string
  hint: string
}) {
  const shown = readDateInput(value) === value && value ? formatDate(value, 'vi') : value
  const [text, setText] = useState(shown)
  // A date set from elsewhere (the text read again, an undo) replaces what the field shows.
  const [last, setLast] = useState(value)
  if (last !== value) {
    setLast(value)
    if ((readDateInput(text) ?? text) !== value) setText(shown)
  }
  return (
    <TextField
      id={id}
      label={label}
      hint={hint}
      value={text}
      onChange={(typed) => {
        setText(typed)
        onChange(readDateInput(typed) ?? typed)
      }}
    />
  )
}

/** What the text says about itself and what the person knows of it: each fact quoted from the text or entered. */
export function ReportForm({ work, problems, dispatch }: ReportFormProps) {
  const { t } = useI18n()
  const { report } = work
  const setReport = (key: keyof WorkReport, value: string) =>
    dispatch({ type: 'report/set', patch: { [key]: value } })
  const setPeriod = (key: 'actual' | 'target', year: number | null) =>
    dispatch({ type: 'periods/set', patch: { [key]: year } })
  const problemsOf = (key: string) => problems.filter((p) => p.control === controlIds.report(key))
  const source = normalizeText(work.sourceText)
  const isInText = (words: string) => words.trim() !== '' && source.includes(normalizeText(words))
  // Where each fact comes from: the text, the draft's reading of it, or the person; the dashboard says which.
  const drafted: Partial<WorkReport> = work.drafted ?? {}
  const provenance: Partial<Record<keyof WorkReport, boolean>> = {
    title: isInText(report.title),
    placeName: isInText(report.placeName),
    placeKind: isInText(report.placeKind),
    province: isInText(report.province),
    publisherName: report.publisherQuote.trim() !== '',
    publishedDate: report.publishedQuote.trim() !== '',
    author: isInText(report.author),
  }
  const origin = (key: keyof WorkReport) =>
    provenance[key]
      ? t('makerFromText')
      : drafted[key] === report[key]
        ? t('makerInferred')
        : t('makerEntered')
  const field = ({ key, label, type, lang, wide }: ReportTextField) => (
    <div key={key} className={`flex min-w-0 flex-col ${wide ? 'sm:col-span-2 lg:col-span-3' : ''}`}>
      <TextField
        id={controlIds.report(key)}
        label={t(label)}
        {...(type ? { type } : {})}
        {...(lang ? { lang } : {})}
        value={report[key]}
        onChange={(value) => setReport(key, value)}
        {...(key in provenance && report[key]
          ? { hint: origin(key) }
          : key === 'province' && isOwnProvince(report)
            ? { hint: t('makerProvinceOwn') }
            : // "baothanhhoa.vn" is refused only when saved: say what is wanted before.
              type === 'url' && !/^https?:\/\//iu.test(report[key])
              ? { hint: t('makerUrlHint') }
              : {})}
      />
      <ProblemList problems={problemsOf(key)} />
    </div>
  )
  return (
    <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
      <div className="flex min-w-0 flex-col">
        <TextField
          id={controlIds.report('id')}
          label={t('makerId')}
          value={work.id}
          onChange={(id) => dispatch({ type: 'id/set', id })}
        />
        <ProblemList problems={problemsOf('id')} />
      </div>
      <div className="flex min-w-0 flex-col">
        <YearField
          id={controlIds.report('periods')}
          label={t('makerPeriodsActual')}
          year={work.periods.actual}
          onChange={(year) => setPeriod('actual', year)}
          hint={t('makerPeriodsHint')}
        />
        <ProblemList problems={problemsOf('periods')} />
      </div>
      <YearField
        label={t('makerPeriodsTarget')}
        year={work.periods.target}
        onChange={(year) => setPeriod('target', year)}
      />
      <TextField
        id={controlIds.report('actualPart')}
        label={t('makerPeriodsPart')}
        lang="vi"
        value={work.periods.actualPart ?? ''}
        onChange={(actualPart) => dispatch({ type: 'periods/set', patch: { actualPart } })}
        hint={t('makerPeriodsPartHint')}
      />
      {fields.map(field)}
      <div className="flex min-w-0 flex-col">
        <DateField
          id={controlIds.report('publishedDate')}
          label={t('makerPublishedDate')}
          hint={`${t('makerDateHint')}${report.publishedDate ? ` · ${provenance.publishedDate ? t('makerFromText') : t('makerEntered')}` : ''}`}
          value={report.publishedDate}
          onChange={(iso) => setReport('publishedDate', iso)}
        />
        <ProblemList problems={problemsOf('publishedDate')} />
      </div>
      {laterFields.slice(0, 2).map(field)}
      <div className="flex min-w-0 flex-col">
        <DateField
          id={controlIds.report('meetingDate')}
          label={t('makerMeetingDate')}
          hint={t('makerDateHint')}
          value={report.meetingDate}
          onChange={(iso) => setReport('meetingDate', iso)}
        />
        <ProblemList problems={problemsOf('meetingDate')} />
      </div>
      {laterFields.slice(2).map(field)}
    </div>
  )
}
