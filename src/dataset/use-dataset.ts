import { queryOptions, useQuery } from '@tanstack/react-query'
import { datasetIndexSchema } from './dataset-index.ts'
import { fetchJson, fetchText } from './fetch-json.ts'
import { datasetSchema } from './schema.ts'

export const dataUrl = (file: string) => `${import.meta.env.BASE_URL}data/${file}`

/** The dataset with this id, or the first one the index lists. */
export const datasetQueryOptions = (id: string | null) =>
  queryOptions({
    queryKey: ['dataset', id],
    queryFn: async ({ signal }) => {
      const index = await fetchJson(dataUrl('index.json'), datasetIndexSchema, signal)
      const entry = index.datasets.find((d) => d.id === id) ?? index.datasets[0]!
      return fetchJson(dataUrl(entry.file), datasetSchema, signal)
    },
    staleTime: Infinity,
    retry: false,
  })

export const sourceTextQueryOptions = (file: string) =>
  queryOptions({
    queryKey: ['source-text', file],
    queryFn: ({ signal }) => fetchText(dataUrl(file), signal),
    staleTime: Infinity,
    retry: false,
  })

export function useDataset(id: string | null) {
  return useQuery(datasetQueryOptions(id))
}
