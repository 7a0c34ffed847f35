/** Why the browser refused a write: it is full (or allows this site too little), or it keeps nothing here. */
export type StoreFault = 'full' | 'refused'

export function storeFaultOf(error: unknown): StoreFault {
  return error instanceof DOMException && error.name === 'QuotaExceededError' ? 'full' : 'refused'
}

/**
 * Asks the browser not to clear what this page stores when space runs short (it may say no, or decide by
 * itself). Asked when something worth keeping is first stored.
 */
export function askToKeep(): void {
  void navigator.storage?.persist?.().catch(() => false)
}

/** How much this page stores, how much more it may, and whether the browser promised to keep it. */
export type StorageUse = { used: number; left: number; isPersisted: boolean }

export async function storageUse(): Promise<StorageUse | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage
  if (!storage?.estimate) return null
  const [{ usage = 0, quota = 0 }, isPersisted] = await Promise.all([
    storage.estimate(),
    storage.persisted?.() ?? Promise.resolve(false),
  ])
  return { used: usage, left: Math.max(0, quota - usage), isPersisted }
}
