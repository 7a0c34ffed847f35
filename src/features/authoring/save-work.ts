import { announceDatasetsChanged } from '../../data/datasets-sync.ts'
import { loadDatasetIndex } from '../../data/load-dataset.ts'
import { readStoredDataset, saveStoredDataset } from '../../data/stored-datasets.ts'
import { buildDataset } from '../../draft/build-dataset.ts'
import type { Work } from '../../draft/work.ts'
import { saveFile } from '../../lib/save-file.ts'
import type { StoreFault } from '../../lib/store-fault.ts'

/** Saved; an id taken by a dataset kept here or a bundled one; or the browser refused to keep it. */
export type SaveOutcome = 'saved' | 'exists' | 'bundled' | StoreFault

export function datasetFileText(work: Work): string {
  return `${JSON.stringify({ $schema: './dataset.schema.json', ...buildDataset(work).json }, null, 2)}\n`
}

/**
 * Keeps the dataset in this browser and tells the other tabs. An id already kept is replaced only when
 * `replace` says a person agreed; a bundled dataset's id is never taken.
 */
export async function saveWorkInBrowser(work: Work, replace: boolean): Promise<SaveOutcome> {
  const index = await loadDatasetIndex().catch(() => null)
  if (index?.datasets.some((entry) => entry.id === work.id)) return 'bundled'
  if (!replace && (await readStoredDataset(work.id))) return 'exists'
  // Refused, the work stays in the maker, as it is: nothing is cleared on the strength of a save that did not happen.
  const fault = await saveStoredDataset({
    id: work.id,
    title: work.report.title,
    fileName: `${work.id}.json`,
    text: datasetFileText(work),
    sourceText: work.sourceText,
    openedAt: new Date().toISOString(),
  })
  if (fault) return fault
  announceDatasetsChanged(work.id)
  return 'saved'
}

/** The dataset file for the repository's data/ folder. Two buttons, not one: browsers block a second download. */
export function downloadDataset(work: Work): void {
  saveFile(new Blob([datasetFileText(work)], { type: 'application/json' }), `${work.id}.json`)
}

/** The report text, kept beside the dataset in data/ so every quote can be checked. */
export function downloadText(work: Work): void {
  saveFile(new Blob([work.sourceText], { type: 'text/plain;charset=utf-8' }), work.sourceFile)
}
