import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { onDatasetsChanged } from '../data/datasets-sync.ts'

/** Another tab saved, replaced or removed a dataset: reload the list and that dataset here too. */
export function useDatasetsSync(): void {
  const queryClient = useQueryClient()
  useEffect(
    () =>
      onDatasetsChanged((id) => {
        void queryClient.invalidateQueries({ queryKey: ['stored-datasets'] })
        void queryClient.invalidateQueries({ queryKey: ['dataset', id] })
      }),
    [queryClient],
  )
}
