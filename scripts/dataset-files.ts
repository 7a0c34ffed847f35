import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export const dataDir = new URL('../data/', import.meta.url).pathname

export type DatasetFile = {
  file: string
  json: unknown
  sourceText: string | null
  parseError: string | null
}

/** Every dataset in data/ (every .json but the index and the schema), with its source text. */
export function readDatasetFiles(dir = dataDir): DatasetFile[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json') && file !== 'index.json' && !file.endsWith('.schema.json'))
    .sort()
    .map((file) => {
      try {
        const json: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'))
        const sourceFile = (json as { report?: { sourceFile?: unknown } }).report?.sourceFile
        const sourceText = typeof sourceFile === 'string' ? readFileSync(join(dir, sourceFile), 'utf8') : null
        return { file, json, sourceText, parseError: null }
      } catch (error) {
        return { file, json: null, sourceText: null, parseError: String(error) }
      }
    })
}
