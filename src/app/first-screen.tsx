import { QueryClient } from '@tanstack/react-query'
import { prerender } from 'react-dom/static'
import type { Dataset } from '../dataset/schema.ts'
import { datasetQueryOptions } from '../data/use-dataset.ts'
import { languageOfSearch } from '../lib/language.ts'
import { loadLanguage } from '../lib/messages.ts'
import { App } from './app.tsx'
import { identifierPrefixFor, Providers } from './providers.tsx'

/**
 * The first screen's HTML for a dataset, as the page shows it before any script runs, for the URL search given
 * (`?lang=en` for the English page). The build writes it into the page (src/entry-server.tsx), and the browser
 * writes it into a one-file page (src/data/one-file-page.ts): one renderer, so either hydrates without a redo.
 * `prerender` waits for lazy parts (the charts' code) so every Suspense boundary is complete.
 */
export async function renderFirstScreen(dataset: Dataset, search = ''): Promise<string> {
  await loadLanguage(languageOfSearch(search))
  const queryClient = new QueryClient()
  queryClient.setQueryData(datasetQueryOptions(null).queryKey, dataset)
  const { prelude } = await prerender(
    <Providers queryClient={queryClient} serverSearch={search}>
      <App renderFirstScreen={renderFirstScreen} />
    </Providers>,
    {
      // Both languages' pages can sit in one document (the single file): each names its boundaries and ids apart.
      identifierPrefix: identifierPrefixFor(search),
      // Every section in place, in reading order: none held back for an inline script to move in (React outlines
      // a large boundary otherwise, to stream the page around it).
      progressiveChunkSize: Number.POSITIVE_INFINITY,
    },
  )
  return new Response(prelude).text()
}
