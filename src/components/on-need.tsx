import { type ComponentType, memo, type ReactNode, Suspense, use } from 'react'
import type { Dataset } from '../dataset/schema.ts'

/**
 * Hydration by need. The build prerenders the whole first page; in the browser a part wrapped in `OnNeed` keeps
 * that HTML as it is, inert, until it is needed: when it comes near the screen, or when the reader first touches
 * the page anywhere (a state the touch changes may reach every part). Until then React does no work for it, so
 * loading a long report keeps the phone's main thread free. A click that lands on a part not yet hydrated is held
 * and replayed by public/early.js.
 *
 * Only the first hydration waits: a page drawn in the browser (another dataset, the maker's preview) renders at
 * once, as does any part after it was needed.
 */

/** A promise React can read at once when it is settled (`use` checks `status`). */
type Need = Promise<void> & { status?: 'fulfilled'; value?: undefined }

const needs = new Map<string, { promise: Need; resolve: () => void }>()
let isHydrating = false
let observer: IntersectionObserver | null = null

/** Before `hydrateRoot`: from now on each `OnNeed` part hydrates when needed. */
export function hydrateByNeed(): void {
  // A link that carries a state (a filter, an open source, a section, the deck) asks for a page other than the one
  // prerendered: every part hydrates at once, and draws that state.
  const carriesState = [...new URLSearchParams(location.search).keys()].some((key) => key !== 'lang')
  if (carriesState) return
  isHydrating = true
  observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries)
        if (entry.isIntersecting) {
          observer?.unobserve(entry.target)
          need(entry.target.id)
        }
    },
    // A screen ahead, so a part is ready before the reader scrolls to it.
    { rootMargin: '100% 0px' },
  )
  // The first touch, click, key or focus anywhere, or a step back in history: every part hydrates, the one touched
  // first (React hydrates the part an event targets before the others).
  for (const type of ['pointerdown', 'keydown', 'focusin', 'click', 'popstate'])
    window.addEventListener(type, needEverything, { capture: true, once: true, passive: true })
}

/** Every part hydrates (before a change of dataset or language reaches parts still inert). */
export function needEverything(): void {
  for (const id of [...needs.keys()]) need(id)
  isHydrating = false
}

function need(id: string): void {
  const entry = needs.get(id)
  if (!entry || entry.promise.status === 'fulfilled') return
  // Settled for React before the promise's own callbacks run, so that a synchronous hydration (an event's)
  // finds it ready.
  entry.promise.status = 'fulfilled'
  entry.resolve()
}

/** The promise a part waits on while the page hydrates, or null when it need not wait. */
function waitFor(id: string): Need | null {
  const known = needs.get(id)
  if (known) return known.promise.status === 'fulfilled' ? null : known.promise
  if (!isHydrating) return null
  let resolve = () => {}
  const promise: Need = new Promise<void>((settle) => {
    resolve = settle
  })
  needs.set(id, { promise, resolve })
  const element = document.getElementById(id)
  if (element && observer) observer.observe(element)
  else need(id)
  return promise.status === 'fulfilled' ? null : promise
}

function WhenNeeded({ id, children }: { id: string; children: ReactNode }) {
  const promise: Promise<void> | null = waitFor(id)
  if (promise) use(promise)
  return children
}

type OnNeedProps = {
  /** The id of the element the part renders (its section), watched for coming near the screen. */
  id: string
  dataset: Dataset
  Part: ComponentType<{ dataset: Dataset }>
}

/**
 * Memoised on what the part draws: a render of the page above it that changes none of that (a URL read again as
 * the app starts, a list that settles) must not reach a part still inert, which React would then drop and draw
 * anew, without its prerendered HTML.
 */
export const OnNeed = memo(function OnNeed({ id, dataset, Part }: OnNeedProps) {
  return (
    <Suspense fallback={null}>
      <WhenNeeded id={id}>
        <Part dataset={dataset} />
      </WhenNeeded>
    </Suspense>
  )
})
