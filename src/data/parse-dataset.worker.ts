import { DatasetLoadError } from '../dataset/load-error.ts'
import type { ParseReply, ParseRequest } from './parse-dataset.ts'
import { parseDatasetText } from './parse-dataset-text.ts'

/**
 * A dataset (or the list of them) fetched from the server, parsed and checked by the schema here, off the page's
 * thread: a province's report takes a phone a few hundred milliseconds to check, and the schema library itself as
 * long to start.
 */
self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { id, kind, text, source } = event.data
  const reply = (message: ParseReply) => self.postMessage(message)
  try {
    reply({ id, value: parseDatasetText(kind, text, source) })
  } catch (error) {
    reply(
      error instanceof DatasetLoadError ? { id, failure: error.failure } : { id, error: String(error) },
    )
  }
}
