import { createStore, del, get, set } from 'idb-keyval'
import type { Work } from './work.ts'
import { parseStoredWork } from './work-schema.ts'

/** The dataset being made, and the text pasted before a draft exists: kept as typed, so nothing is lost. */
const store = createStore('bang-chi-so-work', 'work')

/** The work kept in this browser, checked and migrated from an older maker's version; null when there is none. */
export async function readWork(): Promise<Work | null> {
  try {
    return parseStoredWork(await get<unknown>('work', store))
  } catch {
    return null
  }
}

export function writeWork(work: Work | null): Promise<void> {
  return (work ? set('work', work, store) : del('work', store)).catch(() => undefined)
}

/** After saving: no work in progress, no pasted text waiting. */
export async function clearWork(): Promise<void> {
  await Promise.all([del('work', store), del('start-text', store)]).catch(() => undefined)
}

export async function readStartText(): Promise<string> {
  try {
    return (await get<string>('start-text', store)) ?? ''
  } catch {
    return ''
  }
}

export function writeStartText(text: string): Promise<void> {
  return set('start-text', text, store).catch(() => undefined)
}

/** Whether a dataset is being made in this browser, so the way back to it can say so. */
export async function hasWorkInProgress(): Promise<boolean> {
  return (await readWork()) !== null
}
