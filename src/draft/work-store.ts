import { createStore, del, get, set } from 'idb-keyval'
import { askToKeep, type StoreFault, storeFaultOf } from '../lib/store-fault.ts'
import type { Work } from './work.ts'
import { parseStoredWork } from './work-schema.ts'

/** The dataset being made, and the text pasted before a draft exists: kept as typed, so nothing is lost. */
const store = createStore('bang-chi-so-work', 'work')

/** The work kept in this browser, checked and migrated from an older maker's version; null when there is none. */
export async function readWork(): Promise<Work | null> {
  const unfinished = readUnfinished()
  // The page ended before its last write was done: the copy it left is the newest work (or its end, null); store it
  // for good. A copy that does not read as a work replaces nothing: the database's work stays.
  const work = unfinished === null ? null : parseOrNull(unfinished)
  if (unfinished !== undefined && (unfinished === null || work !== null)) {
    await writeWork(work)
    return work
  }
  writeQuickly('work', null)
  try {
    return parseOrNull(await get<unknown>('work', store))
  } catch {
    return null
  }
}

function parseOrNull(stored: unknown): Work | null {
  try {
    return parseStoredWork(stored)
  } catch {
    return null
  }
}

/** The last work given to the database and not yet written there (undefined when every write is done). */
let unwritten: { work: Work | null } | undefined

/**
 * Keeps the work; when the browser refuses, says why, and keeps at least its text in the tab's own storage, so
 * that a reload can start again from it. A reload right after a change can end the page before the database
 * has written it, and a refused write never gets there: the page then leaves the unwritten work in the tab's
 * storage as it goes (`pagehide`), and the next page of this tab reads it first.
 */
export async function writeWork(work: Work | null): Promise<StoreFault | null> {
  const write = { work }
  unwritten = write
  keepUnwrittenOnLeaving()
  try {
    await (work ? set('work', work, store) : del('work', store))
    if (unwritten === write) {
      unwritten = undefined
      writeQuickly('work', null)
    }
    if (work) askToKeep()
    return null
  } catch (error) {
    // Refused: the work stays unwritten, so a reload in this tab still finds it.
    if (work) writeQuickly('start-text', work.sourceText)
    return storeFaultOf(error)
  }
}

let isListening = false
function keepUnwrittenOnLeaving() {
  if (isListening || typeof window === 'undefined') return
  isListening = true
  window.addEventListener('pagehide', () => {
    if (unwritten) writeQuickly('work', JSON.stringify(unwritten.work))
  })
}

/**
 * The work a page left unwritten as it ended: undefined when it left none (or nothing readable), null when it was
 * the end of the work.
 */
function readUnfinished(): unknown {
  const text = readQuickly('work')
  if (text === null) return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** After saving: no work in progress, no pasted or edited text waiting. */
export async function clearWork(): Promise<void> {
  unwritten = undefined
  for (const key of quickKeys) writeQuickly(key, null)
  await Promise.all([del('work', store), del('start-text', store), del('edit-text', store)]).catch(
    () => undefined,
  )
}

/** A text typed and not yet drafted: the one pasted to start, or an edit of the report's text after the draft. */
const textKeys = ['start-text', 'edit-text'] as const
type TextKey = (typeof textKeys)[number]
/** What the tab's own storage may hold: the texts, and the work a page left unwritten as it ended. */
const quickKeys = [...textKeys, 'work'] as const
type QuickKey = (typeof quickKeys)[number]

/**
 * A reload right after typing can end the page before the browser's database has written the text; the tab's own
 * storage is written at once and outlives a reload, the database outlives the tab.
 */
function readQuickly(key: QuickKey): string | null {
  try {
    return sessionStorage.getItem(`bang-chi-so-${key}`)
  } catch {
    return null
  }
}

function writeQuickly(key: QuickKey, text: string | null): void {
  try {
    if (text === null) sessionStorage.removeItem(`bang-chi-so-${key}`)
    else sessionStorage.setItem(`bang-chi-so-${key}`, text)
  } catch {
    // No tab storage (or full): the database still keeps the text.
  }
}

async function readText(key: TextKey): Promise<string> {
  const quick = readQuickly(key)
  if (quick !== null) return quick
  try {
    return (await get<string>(key, store)) ?? ''
  } catch {
    return ''
  }
}

function writeText(key: TextKey, text: string | null): Promise<void> {
  writeQuickly(key, text)
  return (text === null ? del(key, store) : set(key, text, store)).catch(() => undefined)
}

export const readStartText = () => readText('start-text')
export const writeStartText = (text: string) => writeText('start-text', text)
export const readEditText = () => readText('edit-text')
/** null once the edit is drafted or dropped. */
export const writeEditText = (text: string | null) => writeText('edit-text', text)

/** Whether a dataset is being made in this browser, so the way back to it can say so. */
export async function hasWorkInProgress(): Promise<boolean> {
  return (await readWork()) !== null
}
