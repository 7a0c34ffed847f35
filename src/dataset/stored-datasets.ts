import { createStore, del, entries, get, set } from 'idb-keyval'

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

export function saveStoredDataset(dataset: StoredDataset): Promise<void> {
  return set(dataset.id, dataset, store)
}

export async function readStoredDataset(id: string): Promise<StoredDataset | null> {
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
    return all.map(([, dataset]) => dataset).sort((a, b) => b.openedAt.localeCompare(a.openedAt))
  } catch {
    return []
  }
}

export function removeStoredDataset(id: string): Promise<void> {
  return del(id, store)
}
