import { parseJsonText } from '../dataset/parse-json-text.ts'
import { datasetSchema } from '../dataset/schema.ts'
import { datasetIndexSchema } from './dataset-index.ts'

/** A dataset's text (or the index's) checked by its schema: what the worker does, and the page where none starts. */
export function parseDatasetText(kind: 'dataset' | 'index', text: string, source: string): unknown {
  return parseJsonText<unknown>(text, kind === 'dataset' ? datasetSchema : datasetIndexSchema, source)
}
