import { createStore, del, entries, get, set } from 'idb-keyval'
import { askToKeep, type StoreFault, storeFaultOf } from '../lib/store-fault.ts'

/** A dataset a reader opened from a file, kept in this browser (IndexedDB) so a reload keeps it. */
export type StoredDataset = {
  id: string
  title: string
  fileName: string
  /** The dataset file exactly as opened; parsed with the schema again whenever it is loaded. */
  text: string
  /** The report text opened with it, if any: the source view shows it. */
  sourceText: string | null
  openedAt: string
}

const store = createStore('bang-chi-so', 'datasets')

/** Datasets opened from a file that the browser refused to keep: shown in this tab until it closes. */
const heldHere = new Map<string, StoredDataset>()

/**
 * Keeps a dataset; when the browser refuses, says why, and with `holdIfRefused` still shows it in this tab (a
 * file opened is at hand again; a dataset just made is not, and its maker keeps the work instead).
 */
export async function saveStoredDataset(
  dataset: StoredDataset,
  { holdIfRefused = false } = {},
): Promise<StoreFault | null> {
  try {
    await set(dataset.id, dataset, store)
    heldHere.delete(dataset.id)
    askToKeep()
    return null
  } catch (error) {
    if (holdIfRefused) heldHere.set(dataset.id, dataset)
    return storeFaultOf(error)
  }
}

export async function readStoredDataset(id: string): Promise<StoredDataset | null> {
  const held = heldHere.get(id)
  if (held) return held
  try {
    return (await get<StoredDataset>(id, store)) ?? null
  } catch {
    // No IndexedDB (a private window in some browsers): nothing was kept.
    return null
  }
}

export async function listStoredDatasets(): Promise<StoredDataset[]> {
  try {
    const all = await entries<string, StoredDataset>(store)
    return [...heldHere.values(), ...all.map(([, dataset]) => dataset)].sort((a, b) =>
      b.openedAt.localeCompare(a.openedAt),
    )
  } catch {
    return [...heldHere.values()]
  }
}

export function removeStoredDataset(id: string): Promise<void> {
  heldHere.delete(id)
  return del(id, store)
}
