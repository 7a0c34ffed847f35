import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  datasetIndexQueryOptions,
  datasetQueryOptions,
  storedDatasetsQueryKey,
} from '../../data/use-dataset.ts'
import { openDatasetFiles, type OpenOutcome } from './open-dataset-files.ts'

export type OpenRequest = { files: File[]; replace?: boolean }

/**
 * Opens dataset files (checked, then kept in this browser) and refreshes what shows them. A single dataset
 * that opens cleanly is shown at once; a single file that fails is the error, with its reasons.
 */
export function useOpenFiles(onOpened: (id: string) => void) {
  const queryClient = useQueryClient()
  const index = useQuery(datasetIndexQueryOptions())
  return useMutation({
    mutationFn: async ({ files, replace = false }: OpenRequest): Promise<OpenOutcome> => {
      const bundledIds = (index.data ?? (await queryClient.fetchQuery(datasetIndexQueryOptions()))).datasets
      const outcome = await openDatasetFiles(
        files,
        bundledIds.map((entry) => entry.id),
        replace,
      )
      const [failure] = outcome.failed
      if (
        outcome.opened.length === 0 &&
        outcome.existing.length === 0 &&
        failure &&
        outcome.failed.length === 1
      )
        throw failure.error
      return outcome
    },
    onSuccess: async (outcome) => {
      await queryClient.invalidateQueries({ queryKey: storedDatasetsQueryKey })
      for (const { id } of outcome.opened)
        await queryClient.invalidateQueries({ queryKey: datasetQueryOptions(id).queryKey })
      const [first] = outcome.opened
      // One not kept by the browser stays in the dialog, where the status says so, to open from the list.
      const isClean =
        outcome.failed.length === 0 &&
        outcome.existing.length === 0 &&
        outcome.opened.every((result) => !result.notKept)
      if (first && outcome.opened.length === 1 && isClean) onOpened(first.id)
    },
  })
}
