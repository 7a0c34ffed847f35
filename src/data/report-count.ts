import { queryOptions } from '@tanstack/react-query'

/** Whether the page is served over HTTP; the single file opened from disk has no data files to fetch. */
export const isServed = () => typeof location !== 'undefined' && location.protocol !== 'file:'

/** Where the app's data files are served. */
export const dataUrl = (file: string) => `${import.meta.env.BASE_URL}data/${file}`

/**
 * How many reports the bundled list names, read without the schema library (kept off the first screen): only
 * a count, to know whether a series may follow. Each report is still checked in full when it is loaded. The
 * single file, opened from disk, has no list to fetch.
 */
export const bundledReportCountQueryOptions = () =>
  queryOptions({
    queryKey: ['bundled-report-count'],
    queryFn: async ({ signal }) => {
      if (!isServed()) return 0
      const response = await fetch(dataUrl('index.json'), { signal })
      if (!response.ok) return 0
      const json: unknown = await response.json()
      const datasets = typeof json === 'object' && json !== null && 'datasets' in json ? json.datasets : null
      return Array.isArray(datasets) ? datasets.length : 0
    },
    staleTime: Infinity,
    retry: false,
  })
