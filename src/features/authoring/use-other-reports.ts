import { useQueries, useQuery } from '@tanstack/react-query'
import type { Dataset } from '../../dataset/schema.ts'
import {
  datasetIndexQueryOptions,
  datasetQueryOptions,
  storedDatasetsQueryOptions,
} from '../../dataset/use-dataset.ts'
import type { WorkReport } from '../../draft/work.ts'
import { foldText } from '../../model/indicator-filter.ts'

/** The reports of the place being written up (bundled, or opened in this browser), other than this one. */
export function useOtherReports(report: WorkReport, workId: string): Dataset[] {
  const isServed = typeof location !== 'undefined' && location.protocol !== 'file:'
  const index = useQuery({ ...datasetIndexQueryOptions(), enabled: isServed })
  const stored = useQuery(storedDatasetsQueryOptions())
  const ids = [
    ...new Set([
      ...(index.data?.datasets.map((entry) => entry.id) ?? []),
      ...(stored.data?.map((entry) => entry.id) ?? []),
    ]),
  ].filter((id) => id !== workId)
  const reports = useQueries({
    queries: ids.map((id) => datasetQueryOptions(id)),
    combine: (results) => results.flatMap((result) => (result.data ? [result.data] : [])),
  })
  const key = (kind: string, name: string, province: string) =>
    `${foldText(kind)}|${foldText(name)}|${foldText(province)}`
  const here = key(report.placeKind, report.placeName, report.province)
  return reports.filter(
    ({ report: { place } }) => key(place.kind.vi, place.name.vi, place.province.vi) === here,
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
