import { isError, type Problem } from '../dataset/problem.ts'
import { samePeriodRepeats, verifyDataset } from '../dataset/verify.ts'
import type { PlainMessageKey } from '../lib/messages.ts'
import { bilingual } from '../lib/messages/both-languages.ts'
import { buildDataset } from './build-dataset.ts'
import { indicatorNames, indicatorSettings, type Work, type WorkFigure } from './work.ts'

/**
 * A problem as the maker says it: in its own words, never a field of the file or a library's wording, and with
 * the control that fixes it, so the list of all problems is a list of links.
 */
export type WorkProblem = Problem & {
  /** The id of the control that fixes it; the list focuses it. */
  control: string
  /** What it is about, as the list of all problems names it: a row's words, an indicator, a field. */
  where?: Readonly<Record<'vi' | 'en', string>>
}

export type WorkProblems = {
  /** By figure key. */
  figures: Map<string, WorkProblem[]>
  /** By indicator name. */
  indicators: Map<string, WorkProblem[]>
  /** The report's details, the years and the id. */
  report: WorkProblem[]
  /** The scorecard, the target count and the dataset as a whole. */
  other: WorkProblem[]
  /** Every problem, in the order of the page. */
  all: WorkProblem[]
  errorCount: number
  warningCount: number
}

/** The ids of the maker's controls, one place for the form and the links to it. */
export const controlIds = {
  figure: (
    key: string,
    part:
      'row' | 'unit' | 'otherUnit' | 'indicator' | 'year' | 'label' | 'correct' | 'comparator' | 'changeFrom',
  ) => `figure-${key}-${part}`,
  indicator: (index: number, part: 'field' | 'better') => `indicator-${index}-${part}`,
  report: (key: string) => `report-${key}`,
  scorecard: 'work-scorecard',
  targetCount: 'work-target-count',
  figures: 'figures-section',
} as const

type Said = Pick<Problem, 'vi' | 'en'>

/** The maker's words for a verifier problem about a figure, by its kind and the field it names. */
function figureWords(
  problem: Problem,
  field: string,
  row?: WorkFigure,
): { said: Said; part: Parameters<typeof controlIds.figure>[1] } {
  const params = problem.params ?? {}
  switch (problem.code) {
    case 'no-amount':
      return { said: bilingual('makerProblemNoAmount'), part: 'correct' }
    case 'extra-words':
      return { said: bilingual('makerProblemExtraWords', { rest: params.rest ?? '' }), part: 'correct' }
    case 'unit-mismatch':
      // ("21/26" with "nội dung" typed as its unit: the text writes no unit there, which is what to say.)
      return {
        said: params.written
          ? bilingual('makerProblemUnit', { written: params.written, stored: params.stored ?? '' })
          : bilingual('makerProblemUnitUnwritten', { stored: params.stored ?? '' }),
        part: 'unit',
      }
    case 'comparator-mismatch':
      return {
        said: params.written
          ? bilingual('makerProblemComparator', { written: params.written })
          : bilingual('makerProblemComparatorExact'),
        part: 'comparator',
      }
    case 'estimate':
      return { said: bilingual('makerProblemEstimate', { word: params.word ?? '' }), part: 'correct' }
    case 'value-mismatch':
      return { said: problem, part: 'correct' }
    case 'quote-missing':
    case 'quote-occurrence':
      return { said: bilingual('makerProblemQuote'), part: 'correct' }
    case 'quote-twice':
      return { said: bilingual('makerProblemQuoteTwice'), part: 'row' }
    case 'target-year':
      return {
        said: bilingual('makerProblemTargetYear', {
          year: params.year ?? '',
          targetYear: params.targetYear ?? '',
        }),
        part: 'year',
      }
    default:
      break
  }
  // ("AQI < 100": a unit of its own, which the text does not write, left for the person to write.)
  if (field === 'otherUnit') return { said: bilingual('makerProblemOtherUnit'), part: 'otherUnit' }
  if (field === 'period') return { said: bilingual('makerProblemYear'), part: 'year' }
  if (field === 'changeFrom') return { said: bilingual('makerProblemChangeFrom'), part: 'changeFrom' }
  if (field === 'label')
    return { said: problem.code ? problem : bilingual('makerProblemNotFilled'), part: 'label' }
  // What the row itself shows says which rule the value broke, and which control settles it.
  if (field === 'value' && row && row.value < 0 && !row.changeFrom)
    return { said: bilingual('makerProblemNegativeBase'), part: 'changeFrom' }
  if (field === 'value' && row?.unit === 'percent' && Math.max(row.value, row.max ?? 0) > 100)
    return { said: bilingual('makerProblemOver100'), part: 'unit' }
  if (field === 'max' || field === 'value')
    return { said: bilingual('makerProblemValueShape'), part: 'correct' }
  return { said: problem, part: 'row' }
}

/** The name of each report field's control, as its label says it. */
const reportLabels: Readonly<Record<string, PlainMessageKey>> = {
  title: 'makerReportTitle',
  placeName: 'makerPlaceName',
  placeKind: 'makerPlaceKind',
  province: 'makerProvince',
  publisherName: 'makerPublisherName',
  publisherUrl: 'makerPublisherUrl',
  publisherQuote: 'makerPublisherQuote',
  url: 'makerUrl',
  publishedDate: 'makerPublishedDate',
  publishedQuote: 'makerPublishedQuote',
  meetingDate: 'makerMeetingDate',
  meetingQuote: 'makerMeetingQuote',
  author: 'makerAuthor',
  periods: 'makerPeriodsActual',
  actualPart: 'makerPeriodsPart',
  id: 'makerId',
}

/** The maker's words for a problem of the report's details, the years or the id, and its control. */
function reportWords(problem: Problem): { said: Said; control: string } {
  const path = problem.path
  const field = [
    ['report.title', 'title'],
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
    ['periods.actualPart', 'actualPart'],
    ['periods', 'periods'],
    ['id', 'id'],
  ].find(([prefix]) => path.startsWith(prefix ?? ''))?.[1]
  const control = controlIds.report(field ?? 'title')
  if (field === 'periods')
    return {
      said:
        /target/u.test(path) && problem.code === undefined && /trước/u.test(problem.vi)
          ? bilingual('makerProblemPeriodsOrder')
          : bilingual('makerProblemPeriods'),
      control: controlIds.report('periods'),
    }
  if (field === 'actualPart')
    return { said: bilingual('makerProblemPart', { part: problem.params?.part ?? '' }), control }
  if (field === 'id') return { said: bilingual('makerProblemId'), control }
  if (field === 'publishedDate') return { said: bilingual('makerProblemPublishedDate'), control }
  if (field === 'publisherUrl' || field === 'url') return { said: bilingual('makerProblemUrl'), control }
  if (problem.code === 'quote-missing') return { said: bilingual('makerProblemQuote'), control }
  // Our own checks say what is wrong with a quote or a date in plain words; the schema's are replaced.
  const isPlain =
    /trích dẫn|không có trong/u.test(problem.vi) && !/"[a-zA-Z]+"|\b[a-z]+[A-Z]\w*\b/u.test(problem.vi)
  return { said: isPlain ? problem : bilingual('makerProblemNotFilled'), control }
}

const add = (map: Map<string, WorkProblem[]>, key: string, problem: WorkProblem) =>
  map.set(key, [...(map.get(key) ?? []), problem])

/**
 * The verifier's verdict on the work and the work's own checks, all at once, each problem in the maker's words and
 * placed at the row, indicator or field it is about, with the control that fixes it.
 */
export function workProblems(work: Work): WorkProblems {
  const figures = new Map<string, WorkProblem[]>()
  const indicators = new Map<string, WorkProblem[]>()
  const report: WorkProblem[] = []
  const other: WorkProblem[] = []
  const names = indicatorNames(work)

  // What the work lacks before the file can say it: asked for at the row, not found wrong in the file.
  for (const figure of work.figures) {
    if (figure.decision !== 'accepted') continue
    const say = (key: Parameters<typeof bilingual>[0], part: Parameters<typeof controlIds.figure>[1]) =>
      add(figures, figure.key, {
        path: `figure ${figure.key}`,
        where: { vi: figure.valueText, en: figure.valueText },
        ...bilingual(key as 'makerProblemUnitNone'),
        control: controlIds.figure(figure.key, part),
      })
    if (figure.unit === '') say('makerProblemUnitNone', 'unit')
    if (figure.role === 'actual' || figure.role === 'target') {
      if (!figure.indicator) say('makerProblemIndicator', 'indicator')
      if (figure.year === null) say('makerProblemYear', 'year')
    }
  }
  // Two results (or targets) of one indicator, year and unit: asked at once, not only when the file can be built, and
  // at the indicator's name, which is most often what differs (two things drafted under one name).
  const repeats = samePeriodRepeats(work.figures, (figure) =>
    figure.decision === 'accepted' &&
    (figure.role === 'actual' || figure.role === 'target') &&
    figure.indicator &&
    figure.year !== null &&
    !figure.changeFrom &&
    !figure.partOf
      ? {
          indicator: figure.indicator,
          role: figure.role,
          year: figure.year,
          unit: figure.unit,
          otherUnit: figure.otherUnit,
        }
      : null,
  )
  for (const { item: figure, first, year } of repeats) {
    const params = { name: figure.indicator, year: String(year), first: first.valueText }
    add(figures, figure.key, {
      path: `figure ${figure.key}`,
      where: { vi: figure.valueText, en: figure.valueText },
      ...bilingual(figure.role === 'target' ? 'makerProblemSameTarget' : 'makerProblemSameResult', params),
      severity: 'warning',
      code: 'same-period-twice',
      params,
      control: controlIds.figure(figure.key, 'indicator'),
    })
  }
  names.forEach((name, index) => {
    const settings = indicatorSettings(work, name)
    if (settings.field === '')
      add(indicators, name, {
        path: `indicator ${name}`,
        where: { vi: name, en: name },
        ...bilingual('makerProblemField'),
        control: controlIds.indicator(index, 'field'),
      })
    if (settings.better === '')
      add(indicators, name, {
        path: `indicator ${name}`,
        where: { vi: name, en: name },
        ...bilingual('makerProblemBetter'),
        control: controlIds.indicator(index, 'better'),
      })
  })
  if (!work.figures.some((f) => f.decision === 'accepted'))
    other.push({ path: 'figures', ...bilingual('makerProblemNoFigures'), control: controlIds.figures })
  if (work.periods.actual === null && work.periods.target === null)
    report.push({
      path: 'periods',
      where: bilingual('makerPeriodsActual'),
      ...bilingual('makerProblemPeriods'),
      control: controlIds.report('periods'),
    })

  const { json, figureKeys } = buildDataset(work)
  for (const problem of verifyDataset(json, work.sourceText)) {
    // Asked of the work itself above.
    if (problem.code === 'same-period-twice') continue
    const severity = problem.severity ? { severity: problem.severity } : {}
    const figure = /^figures\.(\d+)(?: \([^)]*\))?\.?(\w*)/u.exec(problem.path)
    const figureKey = figure ? figureKeys[Number(figure[1])] : undefined
    if (figureKey !== undefined) {
      const row = work.figures.find((f) => f.key === figureKey)
      const { said, part } = figureWords(problem, figure?.[2] ?? '', row)
      add(figures, figureKey, {
        path: problem.path,
        ...(row ? { where: { vi: row.valueText, en: row.valueText } } : {}),
        vi: said.vi,
        en: said.en,
        ...severity,
        control: controlIds.figure(figureKey, part),
      })
      continue
    }
    if (problem.path.startsWith('targetCount') && work.targetCount) {
      add(figures, work.targetCount.key, {
        path: problem.path,
        ...figureWords(problem, '').said,
        ...severity,
        control: controlIds.targetCount,
      })
      continue
    }
    const indicator = /^indicators\.(\d+)/u.exec(problem.path)
    if (indicator) {
      const name = indicatorNames(work).filter((n) => json.indicators.some((i) => i.name.vi === n))[
        Number(indicator[1])
      ]
      if (name !== undefined) {
        add(indicators, name, {
          path: problem.path,
          ...(problem.code ? problem : bilingual('makerProblemNotFilled')),
          ...severity,
          control: controlIds.indicator(names.indexOf(name), 'field'),
        })
        continue
      }
    }
    if (/^(report|periods|id)/u.test(problem.path)) {
      // A period the builder filled from the other year is the work's to ask for, once.
      if (problem.path.startsWith('periods') && report.some((p) => p.path === 'periods')) continue
      const { said, control } = reportWords(problem)
      // The list of all problems names the field: "Nơi đăng: chưa điền", not a bare "chưa điền".
      const label = reportLabels[control.replace(/^report-/u, '')]
      report.push({
        path: problem.path,
        ...(label ? { where: bilingual(label) } : {}),
        vi: said.vi,
        en: said.en,
        ...severity,
        control,
      })
      continue
    }
    if (problem.code === 'count-mismatch') {
      other.push({
        path: problem.path,
        ...bilingual('makerProblemCount', {
          announced: problem.params?.announced ?? '',
          listed: problem.params?.listed ?? '',
        }),
        ...severity,
        control: controlIds.targetCount,
      })
      continue
    }
    if (problem.path === 'figures' && !problem.code) continue
    const control = problem.path.startsWith('scorecard') ? controlIds.scorecard : controlIds.figures
    other.push({
      ...problem,
      ...(problem.code ? bilingual('makerProblemNotFilled') : {}),
      ...severity,
      control,
    })
  }
  // A page that shows no date: saved without one, and said so; a warning in case the page does show it.
  if (!work.report.publishedDate.trim() && !report.some((problem) => problem.path === 'report.publishedAt'))
    report.push({
      path: 'report.publishedAt',
      where: bilingual('makerPublishedDate'),
      ...bilingual('makerProblemNoDate'),
      severity: 'warning',
      control: controlIds.report('publishedDate'),
    })
  const all = [
    ...report,
    ...other,
    ...work.figures.flatMap((f) => figures.get(f.key) ?? []),
    ...(work.targetCount ? (figures.get(work.targetCount.key) ?? []) : []),
    ...names.flatMap((name) => indicators.get(name) ?? []),
  ]
  const errorCount = all.filter(isError).length
  return { figures, indicators, report, other, all, errorCount, warningCount: all.length - errorCount }
}
