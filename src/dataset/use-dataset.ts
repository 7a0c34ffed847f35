import { queryOptions, useQuery } from '@tanstack/react-query'

export const datasetQueryOptions = (id: string | null) =>
  queryOptions({
    queryKey: ['dataset', id],
    queryFn: async ({ signal }) => (await import('./load-dataset.ts')).loadDataset(id, signal),
    staleTime: Infinity,
    retry: false,
  })

export const sourceTextQueryOptions = (file: string) =>
  queryOptions({
    queryKey: ['source-text', file],
    queryFn: async ({ signal }) => (await import('./load-dataset.ts')).loadSourceText(file, signal),
    staleTime: Infinity,
    retry: false,
  })

export function useDataset(id: string | null) {
  return useQuery(datasetQueryOptions(id))
}
