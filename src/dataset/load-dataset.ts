import { datasetIndexSchema } from './dataset-index.ts'
import { fetchJson, fetchText } from './fetch-json.ts'
import { type Dataset, datasetSchema } from './schema.ts'

export const dataUrl = (file: string) => `${import.meta.env.BASE_URL}data/${file}`

/**
 * The dataset with this id, or the first one the index lists, parsed by the schema. Loaded on demand, so
 * the schema library stays off the first screen, which shows the bundled dataset prerendered at build time.
 */
export async function loadDataset(id: string | null, signal?: AbortSignal): Promise<Dataset> {
  const index = await fetchJson(dataUrl('index.json'), datasetIndexSchema, signal)
  const entry = index.datasets.find((d) => d.id === id) ?? index.datasets[0]!
  return fetchJson(dataUrl(entry.file), datasetSchema, signal)
}

export function loadSourceText(file: string, signal?: AbortSignal): Promise<string> {
  return fetchText(dataUrl(file), signal)
}
