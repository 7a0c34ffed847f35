import type { DatasetIndex } from './dataset-index.ts'
import { DatasetLoadError, type LoadFailure } from '../dataset/load-error.ts'
import type { Dataset } from '../dataset/schema.ts'

export type ParseRequest = { id: number; kind: 'dataset' | 'index'; text: string; source: string }
export type ParseReply = { id: number } & ({ value: unknown } | { failure: LoadFailure } | { error: string })

type Waiting = { request: ParseRequest; resolve: (value: unknown) => void; reject: (error: unknown) => void }

/**
 * Text that should be a dataset (or the index of them), parsed and checked by the schema in a worker
 * (`parse-dataset.worker.ts`), so that neither the check nor the schema library's start holds the page's thread.
 * Where a worker cannot start (the single-file build opened from file://, a test in Node), the same code runs on
 * the page. Failures are the same `DatasetLoadError`s either way.
 */
export const parseDataset = (text: string, source: string) => parse('dataset', text, source) as Promise<Dataset>
export const parseDatasetIndex = (text: string, source: string) =>
  parse('index', text, source) as Promise<DatasetIndex>

let worker: Worker | null = null
let isWorkerUnavailable = false
let lastId = 0
const waiting = new Map<number, Waiting>()

function parse(kind: ParseRequest['kind'], text: string, source: string): Promise<unknown> {
  const request: ParseRequest = { id: (lastId += 1), kind, text, source }
  const running = startWorker()
  if (!running) return parseOnPage(request)
  return new Promise((resolve, reject) => {
    waiting.set(request.id, { request, resolve, reject })
    running.postMessage(request)
  })
}

function startWorker(): Worker | null {
  if (worker || isWorkerUnavailable) return worker
  if (typeof Worker === 'undefined') {
    isWorkerUnavailable = true
    return null
  }
  try {
    worker = new Worker(new URL('./parse-dataset.worker.ts', import.meta.url), { type: 'module' })
  } catch {
    isWorkerUnavailable = true
    return null
  }
  worker.onmessage = (event: MessageEvent<ParseReply>) => {
    const reply = event.data
    const entry = waiting.get(reply.id)
    if (!entry) return
    waiting.delete(reply.id)
    if ('value' in reply) entry.resolve(reply.value)
    else if ('failure' in reply) entry.reject(new DatasetLoadError(reply.failure))
    else entry.reject(new Error(reply.error))
  }
  // The worker could not start or broke: what it was given, and all that follows, is parsed on the page.
  worker.onerror = (event) => {
    event.preventDefault()
    worker?.terminate()
    worker = null
    isWorkerUnavailable = true
    for (const [id, entry] of waiting) {
      waiting.delete(id)
      parseOnPage(entry.request).then(entry.resolve, entry.reject)
    }
  }
  return worker
}

async function parseOnPage({ kind, text, source }: ParseRequest): Promise<unknown> {
  return (await import('./parse-dataset-text.ts')).parseDatasetText(kind, text, source)
}
