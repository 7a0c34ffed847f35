import { QueryClient } from '@tanstack/react-query'
import { prerenderToNodeStream } from 'react-dom/static'
import { App } from './app/app.tsx'
import { identifierPrefixFor, Providers } from './app/providers.tsx'
import { type Dataset, datasetSchema } from './dataset/schema.ts'
import { datasetQueryOptions } from './data/use-dataset.ts'

/**
 * Build time only: the first screen's HTML for the bundled dataset, after parsing it with the schema, for
 * the URL search given (`?lang=en` for the English page).
 * `prerender` waits for lazy parts (the charts' code) so every Suspense boundary is complete and hydrates
 * without a client-side redo.
 */
export async function prerender(json: unknown, search = ''): Promise<{ html: string; dataset: Dataset }> {
  const dataset = datasetSchema.parse(json)
  const queryClient = new QueryClient()
  queryClient.setQueryData(datasetQueryOptions(null).queryKey, dataset)
  const { prelude } = await prerenderToNodeStream(
    <Providers queryClient={queryClient} serverSearch={search}>
      <App />
    </Providers>,
    {
      // Both languages' pages sit in one document: each names its boundaries and ids apart.
      identifierPrefix: identifierPrefixFor(search),
      // Every section in place, in reading order: none held back for an inline script to move in (React outlines
      // a large boundary otherwise, to stream the page around it).
      progressiveChunkSize: Number.POSITIVE_INFINITY,
    },
  )
  let html = ''
  for await (const chunk of prelude) html += String(chunk)
  return { html, dataset }
}
