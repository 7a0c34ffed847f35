import { slugify } from './finish-draft.ts'
import { indicatorNames, indicatorSettings, type Work, type WorkFigure, workPairs } from './work.ts'

type Json = Record<string, unknown>

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

export type BuiltDataset = {
  json: Json
  /** The figure key at each index of `figures`, to show a problem at its row. */
  figureKeys: string[]
}

/** The dataset the work makes, as a JSON file would hold it; the verifier judges it. */
export function buildDataset(work: Work): BuiltDataset {
  const figureId = idMaker()
  const indicatorId = idMaker()
  const indicatorIds = new Map(
    indicatorNames(work).map((name) => [
      name,
      indicatorId(indicatorSettings(work, name).nameEn || name, 'indicator'),
    ]),
  )
  const accepted = work.figures.filter((f) => f.decision === 'accepted')
  const ids = new Map(
    accepted.map((f) => [f.key, figureId(`${f.labelEn || f.label}${f.year ? ` ${f.year}` : ''}`, 'figure')]),
  )
  const figure = (f: WorkFigure, id: string): Json => {
    const isIndicatorRole = f.role === 'actual' || f.role === 'target'
    return {
      id,
      role: f.role,
      ...(isIndicatorRole && indicatorIds.get(f.indicator)
        ? { indicatorId: indicatorIds.get(f.indicator) }
        : {}),
      label: localized(f.label, f.labelEn),
      unit: f.unit,
      ...(f.unit === 'other' ? { otherUnit: f.otherUnit || f.unitText } : {}),
      comparator: f.comparator,
      value: f.value,
      ...(f.max === undefined ? {} : { max: f.max }),
      ...(f.year ? { period: { year: f.year, ...(f.point ? { point: f.point } : {}) } } : {}),
      ...(f.changeFrom ? { changeFrom: f.changeFrom } : {}),
      ...(f.partOf && ids.get(f.partOf) ? { partOf: ids.get(f.partOf) } : {}),
      ...(f.isEstimate ? { isEstimate: true } : {}),
      quote: f.quote,
      valueText: f.valueText,
    }
  }
  const { report } = work
  const published = report.publishedTime
    ? `${report.publishedDate}T${report.publishedTime}:00+07:00`
    : report.publishedDate
  const json: Json = {
    id: work.id,
    report: {
      title: localized(report.title, report.titleEn),
      titleQuote: report.title,
      place: {
        name: localized(report.placeName, report.placeNameEn),
        kind: localized(report.placeKind, report.placeKindEn),
        province: localized(report.province, report.provinceEn),
      },
      publisher: {
        name: localized(report.publisherName, report.publisherNameEn),
        ...(report.publisherUrl ? { url: report.publisherUrl } : {}),
        ...(report.publisherQuote ? { quote: report.publisherQuote } : {}),
      },
      ...(report.url ? { url: report.url } : {}),
      publishedAt: published,
      publishedQuote: report.publishedQuote,
      ...(report.meetingDate ? { meetingDate: report.meetingDate, meetingQuote: report.meetingQuote } : {}),
      ...(report.author ? { author: report.author, authorQuote: report.author } : {}),
      language: 'vi',
      sourceFile: work.sourceFile,
    },
    periods: { actual: work.periods.actual, target: work.periods.target },
    ...(work.scorecard?.decision === 'accepted'
      ? {
          scorecard: {
            period: { year: work.scorecard.year ?? work.periods.actual },
            achieved: work.scorecard.achieved,
            total: work.scorecard.total,
            quote: work.scorecard.quote,
            valueText: work.scorecard.valueText,
          },
        }
      : {}),
    ...(work.targetCount?.decision === 'accepted'
      ? {
          targetCount: figure(
            work.targetCount,
            figureId(`main target count ${work.targetCount.year ?? ''}`, 'count'),
          ),
        }
      : {}),
    indicators: indicatorNames(work).map((name) => {
      const settings = indicatorSettings(work, name)
      return {
        id: indicatorIds.get(name),
        name: localized(name, settings.nameEn),
        field: settings.field,
        better: settings.better,
        ...(settings.isGrowthRate ? { isGrowthRate: true } : {}),
        ...(settings.sameAs ? { sameAs: settings.sameAs } : {}),
      }
    }),
    figures: accepted.map((f) => figure(f, ids.get(f.key) ?? f.key)),
    pairs: workPairs(work).map((pair) => ({
      actualId: ids.get(pair.actual),
      targetId: ids.get(pair.target),
    })),
    textFacts: [],
  }
  return { json, figureKeys: accepted.map((f) => f.key) }
}
