import type { KnownFacts } from '../../draft/draft-dataset.ts'
import type { Draft } from '../../draft/draft-types.ts'

/**
 * The draft of a report text, made in a worker. Where a worker cannot start (the single-file build opened
 * from file://), the same code runs on the page.
 */
export async function runDraft(
  text: string,
  sourceFile: string,
  known: KnownFacts = {},
  control: DraftControl = {},
): Promise<Draft> {
  // The draft's whole round trip, worker start to result, is measured for the benchmark ("draft" entry).
  performance.mark('draft-start')
  const draft = await draftInWorker(text, sourceFile, known, control)
  performance.measure('draft', 'draft-start')
  return draft
}

/** How far a draft has read (0 to 1), and a signal that stops it. */
export type DraftControl = { onProgress?: (fraction: number) => void; signal?: AbortSignal }

/** The person stopped the draft: nothing was made, the text stays. */
export class DraftStopped extends Error {
  constructor() {
    super('draft-stopped')
  }
}

/** A worker started ahead of the draft (`prepareDraft`), taken by the next draft. */
let prepared: Worker | null = null

const newDraftWorker = () => new Worker(new URL('./draft.worker.ts', import.meta.url), { type: 'module' })

/**
 * Starts the draft's worker while the person pastes: its code is fetched and its readers run once on a short text of
 * the worker's own, so that the draft of the report runs warm. Nothing is drafted of the person's text until asked.
 */
export function prepareDraft(): void {
  if (prepared || typeof Worker === 'undefined') return
  try {
    const worker = newDraftWorker()
    worker.onerror = (event) => {
      event.preventDefault()
      worker.terminate()
      if (prepared === worker) prepared = null
    }
    worker.postMessage({ warm: true })
    prepared = worker
  } catch {
    prepared = null
  }
}

async function draftInWorker(
  text: string,
  sourceFile: string,
  known: KnownFacts,
  { onProgress, signal }: DraftControl,
): Promise<Draft> {
  if (signal?.aborted) throw new DraftStopped()
  try {
    return await new Promise<Draft>((resolve, reject) => {
      // A worker started ahead is used once; each draft has its own.
      const worker = prepared ?? newDraftWorker()
      prepared = null
      const stop = () => {
        worker.terminate()
        reject(new DraftStopped())
      }
      signal?.addEventListener('abort', stop, { once: true })
      worker.onmessage = (event: MessageEvent<{ draft?: Draft; error?: string; progress?: number }>) => {
        if (event.data.progress !== undefined) {
          onProgress?.(event.data.progress)
          return
        }
        worker.terminate()
        signal?.removeEventListener('abort', stop)
        if (event.data.draft) resolve(event.data.draft)
        else reject(new Error(event.data.error ?? 'draft failed'))
      }
      worker.onerror = (event) => {
        worker.terminate()
        event.preventDefault()
        reject(new Error('worker-unavailable'))
      }
      worker.postMessage({ text, sourceFile, known })
    })
  } catch (error) {
    if (error instanceof DraftStopped) throw error
    // No worker here (or it failed): the same code on the page; an error in the draft itself shows again.
    const { draftDataset } = await import('../../draft/draft-dataset.ts')
    return draftDataset(text, sourceFile, known)
  }
}
