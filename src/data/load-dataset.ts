import { readBundledSource } from './bundled-source.ts'
import { readBundledDataset } from './bundled-dataset.ts'
import type { DatasetIndex } from './dataset-index.ts'
import { fetchBody, fetchText } from './fetch-json.ts'
import { DatasetLoadError } from '../dataset/load-error.ts'
import type { Dataset } from '../dataset/schema.ts'
import { parseDataset, parseDatasetIndex } from './parse-dataset.ts'
import { readStoredDataset } from './stored-datasets.ts'
import { dataUrl, isServed } from './report-count.ts'

export { dataUrl }

/**
 * The dataset with this id: one the reader opened in this browser, else one the index lists (the first when
 * no id is given), parsed by the schema either way, in a worker (`parse-dataset.ts`). Loaded on demand, so the
 * schema library stays off the first screen, which shows the bundled dataset prerendered at build time.
 */
export async function loadDataset(id: string | null, signal?: AbortSignal): Promise<Dataset> {
  const stored = id ? await readStoredDataset(id) : null
  if (stored) return parseDataset(stored.text, stored.fileName)
  // A page opened from a file has the one dataset embedded in it, and nothing to fetch.
  const embedded = isServed() ? null : readBundledDataset()
  if (embedded && (id === null || id === embedded.id)) return embedded
  const index = await fetchDatasetIndex(signal)
  const entry = id === null ? index.datasets[0] : index.datasets.find((d) => d.id === id)
  // A link to a dataset opened in another browser must not silently show a different one.
  if (!entry) throw new DatasetLoadError({ kind: 'unknown', url: id ?? '' })
  const url = dataUrl(entry.file)
  return parseDataset(await fetchBody(url, signal), url)
}

const fetchDatasetIndex = async (signal?: AbortSignal) => {
  const url = dataUrl('index.json')
  return parseDatasetIndex(await fetchBody(url, signal), url)
}

export async function loadSourceText(datasetId: string, file: string, signal?: AbortSignal): Promise<string> {
  const embedded = readBundledSource(file)
  if (embedded !== null) return embedded
  const stored = await readStoredDataset(datasetId)
  if (stored) {
    if (stored.sourceText === null) throw new Error('source-unavailable')
    return stored.sourceText
  }
  return fetchText(dataUrl(file), signal)
}

export async function loadDatasetIndex(signal?: AbortSignal): Promise<DatasetIndex> {
  // From a file (the single-file build, a one-file page), the dataset the page carries is the one it comes with.
  const embedded = isServed() ? null : readBundledDataset()
  if (embedded)
    return { datasets: [{ id: embedded.id, file: `${embedded.id}.json`, title: embedded.report.title }] }
  return fetchDatasetIndex(signal)
}

/** A dataset and its report text, for a page that carries both; a dataset kept without its text has none. */
export async function loadDatasetWithSource(
  id: string | null,
): Promise<{ dataset: Dataset; sourceText: string | null }> {
  const dataset = await loadDataset(id)
  const sourceText = await loadSourceText(id ?? dataset.id, dataset.report.sourceFile).catch(() => null)
  return { dataset, sourceText }
}
