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
    if (text.trim() === '') throw new DatasetLoadError({ kind: 'not-json', url: source, detail: 'empty' })
    throw new DatasetLoadError({
      kind: 'not-json',
      url: source,
      detail: 'syntax',
      ...syntaxPlace(text, error),
    })
  }
  const parsed = schema.safeParse(json, { reportInput: true })
  if (!parsed.success)
    throw new DatasetLoadError({ kind: 'schema', url: source, problems: schemaProblems(parsed.error) })
  return parsed.data
}

/**
 * Where the parser stopped, as a line and column a person can find in an editor: the browser's own message is in
 * English and worded differently by each engine ("… at position 9", "(line 1 column 10)"); only its numbers are kept.
 */
function syntaxPlace(text: string, error: unknown): { line?: number; column?: number } {
  const message = error instanceof Error ? error.message : ''
  const lineColumn = /line (\d+) column (\d+)/u.exec(message)
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
  const position = /position (\d+)/u.exec(message)
  if (!position) return {}
  const before = text.normalize('NFC').slice(0, Number(position[1]))
  const lines = before.split('\n')
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 }
}
