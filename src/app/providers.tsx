import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { NuqsAdapter } from 'nuqs/adapters/react'
import { type ReactNode, StrictMode } from 'react'

type ProvidersProps = {
  queryClient: QueryClient
  /** The URL's search the page was prerendered for (`?lang=en`), so that hydration matches it. */
  serverSearch?: string
  children: ReactNode
}

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
