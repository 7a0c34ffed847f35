import type { Draft, DraftFigure } from './draft-types.ts'
import { indicatorOfLabel } from './figure-name.ts'
import { todo } from './report-meta.ts'
import type { Work, WorkFigure } from './work.ts'

const clean = (text: string) => (text.startsWith(todo) ? '' : text)

function workFigure(figure: DraftFigure, key: string): WorkFigure {
  const indicator =
    figure.role === 'actual' || figure.role === 'target' ? indicatorOfLabel(figure.label.vi) : ''
  return {
    key,
    decision: 'pending',
    role: figure.role,
    label: clean(figure.label.vi),
    labelEn: '',
    indicator: clean(indicator),
    unit: figure.unit === 'TODO' ? '' : figure.unit,
    ...(figure.otherUnit ? { otherUnit: figure.otherUnit } : {}),
    comparator: figure.comparator,
    value: figure.value,
    ...(figure.max === undefined ? {} : { max: figure.max }),
    year: figure.period?.year ?? null,
    ...(figure.period?.point ? { point: figure.period.point } : {}),
    ...(figure.changeFrom ? { changeFrom: figure.changeFrom } : {}),
    ...(figure.isEstimate ? { isEstimate: true } : {}),
    quote: figure.quote,
    valueText: figure.valueText,
    unitText: figure.unitText,
    ...(figure.unitWords ? { unitWords: figure.unitWords } : {}),
    ...(figure.why ? { why: figure.why } : {}),
    ...(figure.partOfYear ? { partOfYear: figure.partOfYear } : {}),
    ...(figure.at === undefined ? {} : { at: figure.at }),
    ...(figure.sentenceStart === undefined ? {} : { sentenceStart: figure.sentenceStart }),
  }
}

/** "(% dự toán tỉnh giao)": a share's plan named with who assigned it. */
const assignedShare = /\s*\(%\s*((?:kế hoạch|dự toán|chỉ tiêu)\s+[^()]*\sgiao)\)\s*$/u

/**
 * "Tổng thu NSNN … vượt 84,3% dự toán tỉnh giao và vượt 56,2% dự toán huyện giao": two shares of one amount, of plans
 * assigned by two bodies, are two indicators ("Tổng thu NSNN (dự toán tỉnh giao)"), not two results of one.
 */
function apartByAssigner(figures: WorkFigure[]): WorkFigure[] {
  const slot = (figure: WorkFigure) => [figure.indicator, figure.role, figure.year, figure.unit].join('|')
  const assigned = figures.filter((figure) => figure.indicator && assignedShare.test(figure.label))
  const shared = new Set(
    assigned
      .map(slot)
      .filter((key, i, keys) => keys.indexOf(key) !== i)
      .filter((key) => new Set(assigned.filter((f) => slot(f) === key).map((f) => f.label)).size > 1),
  )
  return figures.map((figure) => {
    const plan = assignedShare.exec(figure.label)?.[1]
    return plan && shared.has(slot(figure))
      ? { ...figure, indicator: `${figure.indicator} (${plan})` }
      : figure
  })
}

/** The work a person starts from: the draft's figures, all pending, and what it read about the report. */
export function workFromDraft(draft: Draft, sourceText: string, sourceFile: string): Work {
  const { report } = draft
  // "TODO: 2025-12-20, the time is not in the text": the day is read, the time is left to the person.
  const placeName = clean(report.place.name.vi)
  const placeKind = clean(report.place.kind.vi)
  const province = clean(report.place.province.vi)
  const date =
    /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?/u.exec(report.publishedAt.replace(/^TODO: /u, ''))?.[0] ?? ''
  return {
    version: 2,
    id: clean(draft.id),
    sourceFile,
    sourceText,
    report: {
      title: clean(report.title.vi),
      titleEn: '',
      placeName,
      placeNameEn: clean(report.place.name.en),
      placeKind,
      placeKindEn: clean(report.place.kind.en),
      province,
      provinceEn: clean(report.place.province.en),
      publisherName: clean(report.publisher.name.vi),
      publisherNameEn: '',
      publisherUrl: '',
      publisherQuote: clean(report.publisher.quote),
      publishedDate: date.slice(0, 10),
      publishedTime: date.slice(11, 16),
      publishedQuote: clean(report.publishedQuote),
      meetingDate: clean(report.meetingDate),
      meetingQuote: clean(report.meetingQuote),
      author: clean(report.author),
      url: '',
    },
    periods: {
      actual: typeof draft.periods.actual === 'number' ? draft.periods.actual : null,
      target: typeof draft.periods.target === 'number' ? draft.periods.target : null,
      ...(draft.periods.actualPart ? { actualPart: draft.periods.actualPart } : {}),
    },
    scorecard: draft.scorecard
      ? { ...draft.scorecard, year: draft.scorecard.period?.year ?? null, decision: 'accepted' }
      : null,
    targetCount: draft.targetCount
      ? { ...workFigure(draft.targetCount, 'target-count'), decision: 'accepted' }
      : null,
    figures: apartByAssigner(draft.figures.map((figure, i) => workFigure(figure, `f${i + 1}`))),
    indicators: {},
    drafted: { placeName, placeKind, province },
    ...(draft.setAside?.length
      ? {
          setAside: draft.setAside.map((figure, i) => ({
            reason: figure.reason,
            figure: workFigure(figure, `s${i + 1}`),
          })),
        }
      : {}),
  }
}
