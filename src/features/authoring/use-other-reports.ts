import type { Dataset } from '../../dataset/schema.ts'
import { useReports } from '../../data/use-dataset.ts'
import type { WorkReport } from '../../draft/work.ts'
import { placeKey } from '../../model/follow-targets.ts'
import { foldText } from '../../model/indicator-filter.ts'

/** The reports of the place being written up (bundled, or opened in this browser), other than this one. */
export function useOtherReports(report: WorkReport, workId: string): Dataset[] {
  const here = placeKey(report.placeKind, report.placeName, report.province)
  return useReports(null, workId).filter(
    ({ report: { place } }) => placeKey(place.kind.vi, place.name.vi, place.province.vi) === here,
  )
}

/**
 * The indicators of other reports an indicator may be the same as, likeliest first: those sharing more words
 * of the name (marks aside), then those measured in the same unit.
 */
export function linkSuggestions(
  name: string,
  units: readonly string[],
  reports: Dataset[],
): { id: string; name: string; year: number }[] {
  const words = new Set(foldText(name).split(' '))
  const seen = new Set<string>()
  return reports
    .flatMap((dataset) =>
      dataset.indicators.map((indicator) => {
        const shared = foldText(indicator.name.vi)
          .split(' ')
          .filter((word) => words.has(word)).length
        const sameUnit = dataset.figures.some((f) => f.indicatorId === indicator.id && units.includes(f.unit))
        return {
          id: indicator.id,
          name: indicator.name.vi,
          year: dataset.periods.actual,
          score: shared * 2 + (sameUnit ? 1 : 0),
        }
      }),
    )
    .filter((candidate) => candidate.score > 0 && !seen.has(candidate.id) && seen.add(candidate.id))
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'vi'))
    .map(({ id, name: candidateName, year }) => ({ id, name: candidateName, year }))
}
