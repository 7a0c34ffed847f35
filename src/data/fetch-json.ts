import { DatasetLoadError } from '../dataset/load-error.ts'

/** How long a slow network may take before the reader is told, rather than left looking at a spinner. */
export const fetchTimeoutMs = 10_000

/** The body of a response as text, or a DatasetLoadError that says what went wrong (offline, 404, stalled). */
export async function fetchBody(url: string, signal?: AbortSignal): Promise<string> {
  const timeout = AbortSignal.timeout(fetchTimeoutMs)
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout
  const fail = (error: unknown): never => {
    if (signal?.aborted) throw error
    if (timeout.aborted) throw new DatasetLoadError({ kind: 'timeout', url, seconds: fetchTimeoutMs / 1000 })
    throw new DatasetLoadError({ kind: 'network', url })
  }
  let response: Response
  try {
    response = await fetch(url, { signal: combined })
  } catch (error) {
    return fail(error)
  }
  if (!response.ok) throw new DatasetLoadError({ kind: 'http', url, status: response.status })
  try {
    // The connection can also fail or stall while the body is still arriving.
    return await response.text()
  } catch (error) {
    return fail(error)
  }
}

export async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  return (await fetchBody(url, signal)).normalize('NFC')
}
