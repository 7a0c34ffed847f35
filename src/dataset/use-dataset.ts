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

export function useDataset(id: string | null) {
  return useQuery(datasetQueryOptions(id))
}
