/**
 * The app's start, loaded by `main.tsx` once the prerendered page has painted: it hydrates the page (or draws an
 * embedded item, or a page with no prerender) and registers the service worker.
 */
import { QueryClient } from '@tanstack/react-query'
import { startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/app.tsx'
import { identifierPrefixFor, Providers } from './app/providers.tsx'
import { hydrateByNeed } from './components/on-need.tsx'
import { readBundledDataset } from './data/bundled-dataset.ts'
import type { FirstScreenRenderer } from './data/one-file-page.ts'
import { datasetQueryOptions } from './data/use-dataset.ts'
import { loadLanguage } from './lib/messages.ts'

const queryClient = new QueryClient()
const bundled = readBundledDataset()
// The default view uses the embedded copy. A link that names a dataset (?dataset=…) loads it afresh, and the page
// prerendered for the embedded one, hidden under such a link from the first paint (public/early.js), is not
// hydrated: it is drawn anew for the dataset named.
const isDatasetNamed = new URLSearchParams(location.search).has('dataset')
if (bundled) queryClient.setQueryData(datasetQueryOptions(null).queryKey, bundled)
const container = document.getElementById('root')!
// An English link painted the English prerendered page (public/early.js): hydrate that one, moved
// into #root in the same task, so the reader never sees the other language.
const english = document.getElementById('root-en')
// en.html, the English document of a served build; or the single file's English copy, shown for ?lang=en.
const isEnglishFirst =
  document.documentElement.dataset.languagePage === 'en' ||
  (document.documentElement.dataset.prerendered === 'en' && Boolean(english?.firstChild))
if (english && isEnglishFirst) container.replaceChildren(...english.childNodes)
english?.remove()
delete document.documentElement.dataset.prerendered
if (isDatasetNamed) container.replaceChildren()
delete document.documentElement.dataset.otherDataset
// React's renderer of static pages loads only when a one-file page is written.
const renderFirstScreen: FirstScreenRenderer = async (dataset, search) =>
  (await import('./app/first-screen.tsx')).renderFirstScreen(dataset, search)
const app = (
  <Providers queryClient={queryClient} serverSearch={isEnglishFirst ? '?lang=en' : ''}>
    <App renderFirstScreen={renderFirstScreen} />
  </Providers>
)
// The build prerendered the first screen from the bundled dataset: hydrate it rather than draw it again.
// As a transition, hydration yields to the browser every few milliseconds instead of blocking it.
// An embedded item (?embed=…) is not the page prerendered: it is drawn afresh in its place.
const isEmbed = new URLSearchParams(location.search).has('embed')
if (isEmbed) container.replaceChildren()
const start = () => {
  if (bundled && container.firstElementChild) {
    hydrateByNeed()
    const identifierPrefix = identifierPrefixFor(isEnglishFirst ? '?lang=en' : '')
    startTransition(() => void hydrateRoot(container, app, { identifierPrefix }))
  } else createRoot(container).render(app)
}
// English messages load first for an English page, so that it hydrates as it was prerendered; a Vietnamese page
// never fetches them.
if (isEnglishFirst || new URLSearchParams(location.search).get('lang') === 'en')
  void loadLanguage('en').then(start)
else start()

// After one visit the app, its data, fonts and export code work with no network (see scripts/write-service-worker.mjs).
// This module runs after the first paint, often after the page's load event: then it registers at once.
if (import.meta.env.PROD && 'serviceWorker' in navigator && location.protocol !== 'file:') {
  const register = () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined)
  if (document.readyState === 'complete') register()
  else window.addEventListener('load', register)
}
