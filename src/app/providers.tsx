import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { NuqsAdapter } from 'nuqs/adapters/react'
import { type ReactNode, StrictMode } from 'react'

type ProvidersProps = { queryClient: QueryClient; children: ReactNode }

/** The same tree on the server (prerender, empty URL) and in the browser, so hydration matches. */
export function Providers({ queryClient, children }: ProvidersProps) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <NuqsAdapter serverSearch="">{children}</NuqsAdapter>
      </QueryClientProvider>
    </StrictMode>
  )
}
