import { normalizedSource, normalizeText, occurrencesIn } from '../dataset/clean-text.ts'
import { readAmount } from '../dataset/reading/read-amount.ts'
import type { EnteredFact } from '../dataset/report-schema.ts'
import type { datasetSchema } from '../dataset/schema.ts'
import type { z } from '../dataset/zod.ts'
import { slugify } from './finish-draft.ts'
import {
  indicatorNames,
  indicatorSettings,
  type Work,
  type WorkFigure,
  type WorkReport,
  workPairs,
} from './work.ts'

/** The dataset as its file holds it, before the schema's own defaults and transforms. */
export type DatasetInput = z.input<typeof datasetSchema>
type FigureInput = DatasetInput['figures'][number]

const localized = (vi: string, en: string) => (en.trim() ? { vi, en } : { vi })

/** A unique id in the schema's alphabet, from the English words if given, else the Vietnamese. */
function idMaker() {
  const used = new Set<string>()
  return (words: string, fallback: string) => {
    const base = slugify(words) || fallback
    let id = base
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`
    used.add(id)
    return id
  }
}

/** Which of the quote's places in the text is meant, where the words stand there more than once. */
function occurrenceOf(source: string, quote: string, at: number | undefined): number | undefined {
  if (at === undefined) return undefined
  const starts = occurrencesIn(source, quote)
  if (starts.length < 2) return undefined
  const index = starts.findIndex((start) => at >= start && at < start + quote.length)
  return index < 0 ? undefined : index + 1
}

export type BuiltDataset = {
  json: DatasetInput
  /** The figure key at each index of `figures`, to show a problem at its row. */
  figureKeys: string[]
}

/** A province's own report is of no other province: "Loại: tỉnh, Tên: Hà Nam" needs no "Tỉnh" typed again. */
export const isOwnProvince = (report: Pick<WorkReport, 'province' | 'placeKind'>) =>
  report.province.trim() === '' && /^tỉnh$/iu.test(report.placeKind.trim())

/** Whether a figure can go in the file: a unit chosen, and a result or target named for its indicator and year. */
export function isComplete(figure: WorkFigure): boolean {
  if (figure.unit === '') return false
  if (figure.role === 'actual' || figure.role === 'target')
    return Boolean(figure.indicator) && figure.year !== null
  return true
}

/**
 * The dataset the work makes, typed as the file's schema takes it; the verifier judges it. Report facts are quoted
 * where the text says them and marked entered where the person typed them; a figure that is not complete yet (no
 * unit chosen) stays out, and the work's own check says what it needs.
 */
export function buildDataset(work: Work): BuiltDataset {
  const figureId = idMaker()
  const indicatorId = idMaker()
  // The text as compared, kept between checks: a long report's check reads it once, not at every change.
  const source = normalizedSource(work.sourceText)
  const inText = (words: string) => words.trim() !== '' && source.includes(normalizeText(words))
  const names = indicatorNames(work).filter((name) => {
    const settings = indicatorSettings(work, name)
    return settings.field !== '' && settings.better !== ''
  })
  const indicatorIds = new Map(
    names.map((name) => [name, indicatorId(indicatorSettings(work, name).nameEn || name, 'indicator')]),
  )
  const accepted = work.figures.filter(
    (f) =>
      f.decision === 'accepted' &&
      isComplete(f) &&
      (!(f.role === 'actual' || f.role === 'target') || indicatorIds.has(f.indicator)),
  )
  const ids = new Map(
    accepted.map((f) => [f.key, figureId(`${f.labelEn || f.label}${f.year ? ` ${f.year}` : ''}`, 'figure')]),
  )
  const figure = (f: WorkFigure, id: string): FigureInput => {
    const unit = f.unit === '' ? 'other' : f.unit
    const occurrence = occurrenceOf(source, normalizeText(f.quote), f.at)
    return {
      id,
      role: f.role,
      ...(f.role === 'actual' || f.role === 'target' ? { indicatorId: indicatorIds.get(f.indicator) } : {}),
      label: localized(f.label, f.labelEn),
      unit,
      ...(unit === 'other' ? { otherUnit: f.otherUnit || f.unitText } : {}),
      comparator: f.comparator,
      value: f.value,
      ...(f.max === undefined ? {} : { max: f.max }),
      ...(f.year ? { period: { year: f.year, ...(f.point ? { point: f.point } : {}) } } : {}),
      ...(f.changeFrom ? { changeFrom: f.changeFrom } : {}),
      ...(f.partOf && ids.get(f.partOf) ? { partOf: ids.get(f.partOf) } : {}),
      // "ước đạt …": the words say it is an estimate, whatever the row was set to.
      ...(f.isEstimate || readAmount(f.valueText).reading?.estimateWord ? { isEstimate: true } : {}),
      quote: f.quote,
      ...(occurrence ? { occurrence } : {}),
      valueText: f.valueText,
      ...(f.unitWords ? { unitWords: f.unitWords } : {}),
    }
  }
  const { report } = work
  const entered: EnteredFact[] = [
    ...(inText(report.title) ? [] : (['title'] as const)),
    ...(report.publishedQuote.trim() ? [] : (['publishedAt'] as const)),
    ...(report.publisherQuote.trim() ? [] : (['publisher'] as const)),
    ...(report.author.trim() && !inText(report.author) ? (['author'] as const) : []),
  ]
  // A time is only said with a whole day; a month or a year the page shows stands alone.
  const published =
    report.publishedTime && /^\d{4}-\d{2}-\d{2}$/u.test(report.publishedDate)
      ? `${report.publishedDate}T${report.publishedTime}:00+07:00`
      : report.publishedDate
  // A report of results only, or of targets only, compares nothing: both years are the one it gives.
  const actual = work.periods.actual ?? work.periods.target ?? 0
  const target = work.periods.target ?? work.periods.actual ?? 0
  const json: DatasetInput = {
    id: work.id,
    report: {
      title: localized(report.title, report.titleEn),
      ...(entered.includes('title') ? {} : { titleQuote: report.title }),
      place: {
        name: localized(report.placeName, report.placeNameEn),
        kind: localized(report.placeKind, report.placeKindEn),
        province: isOwnProvince(report)
          ? localized(report.placeName, report.placeNameEn)
          : localized(report.province, report.provinceEn),
      },
      publisher: {
        name: localized(report.publisherName, report.publisherNameEn),
        ...(report.publisherUrl ? { url: report.publisherUrl } : {}),
        ...(report.publisherQuote ? { quote: report.publisherQuote } : {}),
      },
      ...(report.url ? { url: report.url } : {}),
      // A page that shows no date gives none: the dataset says so, rather than a date nobody read.
      ...(published ? { publishedAt: published } : {}),
      ...(report.publishedQuote.trim() ? { publishedQuote: report.publishedQuote } : {}),
      ...(report.meetingDate ? { meetingDate: report.meetingDate, meetingQuote: report.meetingQuote } : {}),
      ...(report.author ? { author: report.author } : {}),
      ...(report.author && !entered.includes('author') ? { authorQuote: report.author } : {}),
      language: 'vi',
      sourceFile: work.sourceFile,
      ...(entered.length > 0 ? { entered } : {}),
    },
    periods: {
      actual,
      target,
      ...(work.periods.actualPart?.trim() && work.periods.actual !== null
        ? { actualPart: work.periods.actualPart.trim() }
        : {}),
    },
    ...(work.scorecard?.decision === 'accepted'
      ? {
          scorecard: {
            period: { year: work.scorecard.year ?? actual },
            achieved: work.scorecard.achieved,
            total: work.scorecard.total,
            quote: work.scorecard.quote,
            valueText: work.scorecard.valueText,
            ...(work.scorecard.isEstimate ? { isEstimate: true } : {}),
          },
        }
      : {}),
    ...(work.targetCount?.decision === 'accepted' && isComplete(work.targetCount)
      ? {
          targetCount: figure(
            work.targetCount,
            figureId(`main target count ${work.targetCount.year ?? ''}`, 'count'),
          ),
        }
      : {}),
    indicators: names.map((name) => {
      const settings = indicatorSettings(work, name)
      return {
        id: indicatorIds.get(name) ?? 'indicator',
        name: localized(name, settings.nameEn),
        field: settings.field === '' ? 'society' : settings.field,
        better: settings.better === '' ? 'higher' : settings.better,
        ...(settings.isGrowthRate ? { isGrowthRate: true } : {}),
        ...(settings.sameAs ? { sameAs: settings.sameAs } : {}),
      }
    }),
    figures: accepted.map((f) => figure(f, ids.get(f.key) ?? f.key)),
    pairs: workPairs(work).flatMap((pair) => {
      const actualId = ids.get(pair.actual)
      const targetId = ids.get(pair.target)
      return actualId && targetId ? [{ actualId, targetId }] : []
    }),
    textFacts: [],
  }
  return { json, figureKeys: accepted.map((f) => f.key) }
}
