import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { NuqsAdapter } from 'nuqs/adapters/react'
import { type ReactNode, StrictMode } from 'react'
import { languageOfSearch } from '../lib/language.ts'

type ProvidersProps = {
  queryClient: QueryClient
  /** The URL's search the page was prerendered for (`?lang=en`), so that hydration matches it. */
  serverSearch?: string
  children: ReactNode
}

/**
 * The prefix of React's ids in the page prerendered for `search`, and when it is hydrated: both languages' pages
 * sit in one document, so each names its boundaries and ids apart.
 */
export const identifierPrefixFor = (search: string) => (languageOfSearch(search) === 'en' ? 'en-' : '')

/** The same tree on the server (prerender) and in the browser, so hydration matches. */
export function Providers({ queryClient, serverSearch = '', children }: ProvidersProps) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <NuqsAdapter serverSearch={serverSearch}>{children}</NuqsAdapter>
      </QueryClientProvider>
    </StrictMode>
  )
}
