import type { z } from 'zod'
import { checkBodySize } from './body-size.ts'
import { DatasetLoadError } from './load-error.ts'
import { schemaProblems } from './verify.ts'

/**
 * Text that should be a dataset, from the network or from a file the reader opened, parsed with the schema.
 * `source` names where it came from in the messages (a URL or a file name).
 */
export function parseJsonText<T>(text: string, schema: z.ZodType<T>, source: string): T {
  // Refused before parsing: a huge body would cost memory and time before the schema could say no.
  const tooLarge = checkBodySize(text)
  if (tooLarge) throw new DatasetLoadError({ kind: 'schema', url: source, problems: [tooLarge] })
  if (/^\s*</.test(text)) throw new DatasetLoadError({ kind: 'html', url: source })
  let json: unknown
  try {
    json = JSON.parse(text.normalize('NFC'))
  } catch (error) {
    const detail = text.trim() === '' ? 'empty' : error instanceof Error ? error.message : String(error)
    throw new DatasetLoadError({ kind: 'not-json', url: source, detail })
  }
  const parsed = schema.safeParse(json, { reportInput: true })
  if (!parsed.success)
    throw new DatasetLoadError({ kind: 'schema', url: source, problems: schemaProblems(parsed.error) })
  return parsed.data
}
