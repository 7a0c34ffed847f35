import type { z } from 'zod'
import { checkBodySize } from './body-size.ts'
import { DatasetLoadError } from './load-error.ts'
import { schemaProblems } from './verify.ts'

/** Fetches a JSON file and parses it with a schema: the one boundary where untrusted data becomes typed. */
export async function fetchJson<T>(url: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
  let response: Response
  try {
    response = await fetch(url, { signal })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new DatasetLoadError({ kind: 'network', url })
  }
  if (!response.ok) throw new DatasetLoadError({ kind: 'http', url, status: response.status })
  let text: string
  try {
    text = await response.text()
  } catch (error) {
    // The connection can also fail while the body is still arriving.
    if (signal?.aborted) throw error
    throw new DatasetLoadError({ kind: 'network', url })
  }
  // Refused before parsing: a huge body would cost memory and time before the schema could say no.
  const tooLarge = checkBodySize(text)
  if (tooLarge) throw new DatasetLoadError({ kind: 'schema', url, problems: [tooLarge] })
  let json: unknown
  try {
    json = JSON.parse(text.normalize('NFC'))
  } catch (error) {
    throw new DatasetLoadError({
      kind: 'not-json',
      url,
      detail: error instanceof Error ? error.message : String(error),
    })
  }
  const parsed = schema.safeParse(json, { reportInput: true })
  if (!parsed.success)
    throw new DatasetLoadError({ kind: 'schema', url, problems: schemaProblems(parsed.error) })
  return parsed.data
}

export async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  let response: Response
  try {
    response = await fetch(url, { signal })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new DatasetLoadError({ kind: 'network', url })
  }
  if (!response.ok) throw new DatasetLoadError({ kind: 'http', url, status: response.status })
  return (await response.text()).normalize('NFC')
}
