import { useQueries, useQuery } from '@tanstack/react-query'
import { parseAsArrayOf, parseAsString, useQueryStates } from 'nuqs'
import type { Dataset } from '../../dataset/schema.ts'
import {
  datasetIndexQueryOptions,
  datasetQueryOptions,
  storedDatasetsQueryOptions,
} from '../../dataset/use-dataset.ts'
import { isSamePlace } from '../../model/follow-targets.ts'

const parsers = {
  /** `?series=huyen-mau-2023,huyen-mau-2024`: which reports form the series; all of the place's when absent. */
  series: parseAsArrayOf(parseAsString),
  /** `?indicator=food-output`: the indicator followed in the chart. */
  indicator: parseAsString,
}

/**
 * The reports of the open dataset's place, oldest first: the bundled ones and those opened in this browser,
 * or the ones the link names. The open dataset is always one of them.
 */
export function useSeries(dataset: Dataset) {
  const [params, setParams] = useQueryStates(parsers)
  // The single file, opened from disk, has no dataset list to fetch: its series is the reports opened here.
  const isServed = typeof location !== 'undefined' && location.protocol !== 'file:'
  const index = useQuery({ ...datasetIndexQueryOptions(), enabled: isServed })
  const stored = useQuery(storedDatasetsQueryOptions())
  const known = [
    ...(index.data?.datasets.map((entry) => entry.id) ?? []),
    ...(stored.data?.map((entry) => entry.id) ?? []),
  ]
  const ids = [...new Set(params.series ?? known)].filter((id) => id !== dataset.id)
  const others = useQueries({
    queries: ids.map((id) => datasetQueryOptions(id)),
    combine: (results) => results.flatMap((result) => (result.data ? [result.data] : [])),
  })
  const series = [dataset]
    .concat(others)
    .filter((other) => isSamePlace(dataset, other))
    .sort((a, b) => a.periods.actual - b.periods.actual)
  return {
    series,
    indicatorId: params.indicator,
    setIndicator: (id: string) => void setParams({ indicator: id }),
  }
}
