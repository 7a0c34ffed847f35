import { queryOptions, useQuery } from '@tanstack/react-query'

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
