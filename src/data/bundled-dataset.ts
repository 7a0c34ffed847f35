import type { Dataset } from '../dataset/schema.ts'

export const bundledDatasetElementId = 'bundled-dataset'

/**
 * The dataset the build prerendered the page from, embedded as inert JSON (never executed). The build
 * parsed it with the schema and the verifier checked it against its source, so it is trusted as is.
 */
export function readBundledDataset(): Dataset | null {
  const element = document.getElementById(bundledDatasetElementId)
  if (!element?.textContent) return null
  try {
    return JSON.parse(element.textContent) as Dataset
  } catch {
    return null
  }
}
