import { parseAsArrayOf, parseAsString, useQueryStates } from 'nuqs'
import type { Dataset } from '../dataset/schema.ts'
import { useReports } from '../data/use-dataset.ts'
import { isSamePlace } from '../model/follow-targets.ts'

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
  const others = useReports(params.series, dataset.id)
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
