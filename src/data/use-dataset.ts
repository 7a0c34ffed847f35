import { queryOptions, useQueries, useQuery } from '@tanstack/react-query'
import { isServed } from './report-count.ts'
import type { Dataset } from '../dataset/schema.ts'

export const datasetQueryOptions = (id: string | null) =>
  queryOptions({
    queryKey: ['dataset', id],
    queryFn: async ({ signal }) => (await import('./load-dataset.ts')).loadDataset(id, signal),
    staleTime: Infinity,
    retry: false,
  })

export const sourceTextQueryOptions = (datasetId: string, file: string) =>
  queryOptions({
    queryKey: ['source-text', datasetId, file],
    queryFn: async ({ signal }) =>
      (await import('./load-dataset.ts')).loadSourceText(datasetId, file, signal),
    staleTime: Infinity,
    retry: false,
  })

/** The datasets bundled with the app (`data/index.json`): fixed for the life of the page. */
export const datasetIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['dataset-index'],
    queryFn: async ({ signal }) => (await import('./load-dataset.ts')).loadDatasetIndex(signal),
    staleTime: Infinity,
    retry: false,
  })

/** Invalidate this key whenever a dataset is kept, replaced or removed in this browser (any tab). */
export const storedDatasetsQueryKey = ['stored-datasets'] as const

/** The datasets a reader opened from files and this browser keeps, newest first. */
export const storedDatasetsQueryOptions = () =>
  queryOptions({
    queryKey: storedDatasetsQueryKey,
    queryFn: async () => (await import('./stored-datasets.ts')).listStoredDatasets(),
  })

export function useDataset(id: string | null) {
  return useQuery(datasetQueryOptions(id))
}

/**
 * The reports the reader has, loaded: those `ids` names, or else every bundled one (when served) and every one
 * opened in this browser; except `exceptId`.
 */
export function useReports(ids: readonly string[] | null, exceptId: string): Dataset[] {
  const index = useQuery({ ...datasetIndexQueryOptions(), enabled: ids === null && isServed() })
  const stored = useQuery({ ...storedDatasetsQueryOptions(), enabled: ids === null })
  const known = ids ?? [
    ...(index.data?.datasets.map((entry) => entry.id) ?? []),
    ...(stored.data?.map((entry) => entry.id) ?? []),
  ]
  return useQueries({
    queries: [...new Set(known)].filter((id) => id !== exceptId).map((id) => datasetQueryOptions(id)),
    combine: (results) => results.flatMap((result) => (result.data ? [result.data] : [])),
  })
}
