import { announceDatasetsChanged } from '../../data/datasets-sync.ts'
import { DatasetLoadError } from '../../dataset/load-error.ts'
import { parseJsonText } from '../../dataset/parse-json-text.ts'
import { datasetSchema } from '../../dataset/schema.ts'
import { readStoredDataset, saveStoredDataset } from '../../data/stored-datasets.ts'
import { isError } from '../../dataset/problem.ts'
import { verifyDataset } from '../../dataset/verify.ts'
import type { StoreFault } from '../../lib/store-fault.ts'
import type { Language } from '../../lib/language.ts'
import type { Translate } from '../../lib/messages.ts'
import { failureSummary } from '../../components/error-panel.tsx'

export type OpenResult = {
  id: string
  title: string
  hasSource: boolean
  /** The browser refused to keep it: it shows in this tab only. */
  notKept?: StoreFault
}
export type OpenOutcome = {
  opened: OpenResult[]
  failed: { fileName: string; error: Error }[]
  /** Datasets this browser already keeps under the same id: opened only once a person agrees to replace them. */
  existing: { fileName: string; id: string; title: string }[]
}

/** A dataset whose id this browser already keeps; nothing was replaced. */
export class ExistingDatasetError extends Error {
  constructor(
    readonly id: string,
    readonly title: string,
  ) {
    super(`exists: ${id}`)
  }
}

const isJson = (file: File) => /\.json$/i.test(file.name) || file.type === 'application/json'

/**
 * Files a reader chose or dropped: every dataset (.json) among them is opened, each with the report text
 * (.txt) its `report.sourceFile` names (or the only .txt, when one dataset came with one text). A file that
 * fails is reported with its reason; the others still open.
 */
export async function openDatasetFiles(
  files: File[],
  bundledIds: string[],
  replace = false,
): Promise<OpenOutcome> {
  const jsonFiles = files.filter(isJson)
  if (jsonFiles.length === 0) throw new Error('no-json')
  const texts = files.filter((file) => /\.txt$/i.test(file.name))
  const outcome: OpenOutcome = { opened: [], failed: [], existing: [] }
  for (const jsonFile of jsonFiles) {
    try {
      const named = async () => {
        const wanted = (JSON.parse(await jsonFile.text()) as { report?: { sourceFile?: unknown } }).report
          ?.sourceFile
        return texts.find((file) => file.name === wanted)
      }
      const sourceFile =
        (await named().catch(() => undefined)) ?? (jsonFiles.length === 1 ? texts[0] : undefined)
      outcome.opened.push(await openDatasetFile(jsonFile, sourceFile, bundledIds, replace))
    } catch (error) {
      if (error instanceof ExistingDatasetError) {
        outcome.existing.push({ fileName: jsonFile.name, id: error.id, title: error.title })
        continue
      }
      outcome.failed.push({ fileName: jsonFile.name, error: error as Error })
    }
  }
  return outcome
}

/** One dataset file, checked by the schema and against its report text when there is one, then kept here. */
async function openDatasetFile(
  jsonFile: File,
  sourceFile: File | undefined,
  bundledIds: string[],
  replace: boolean,
): Promise<OpenResult> {
  const text = await jsonFile.text()
  const dataset = parseJsonText(text, datasetSchema, jsonFile.name)
  if (bundledIds.includes(dataset.id)) {
    throw new DatasetLoadError({
      kind: 'schema',
      url: jsonFile.name,
      problems: [
        {
          path: 'id',
          vi: `trùng mã bộ có sẵn "${dataset.id}"`,
          en: `the bundled dataset "${dataset.id}" has this id`,
        },
      ],
    })
  }
  const sourceText = sourceFile ? (await sourceFile.text()).normalize('NFC') : null
  if (sourceText !== null) {
    const problems = verifyDataset(JSON.parse(text.normalize('NFC')), sourceText).filter(isError)
    if (problems.length > 0) throw new DatasetLoadError({ kind: 'schema', url: jsonFile.name, problems })
  }
  if (!replace && (await readStoredDataset(dataset.id)))
    throw new ExistingDatasetError(dataset.id, dataset.report.title.vi)
  const fault = await saveStoredDataset(
    {
      id: dataset.id,
      title: dataset.report.title.vi,
      fileName: jsonFile.name,
      text,
      sourceText,
      openedAt: new Date().toISOString(),
    },
    { holdIfRefused: true },
  )
  if (!fault) announceDatasetsChanged(dataset.id)
  return {
    id: dataset.id,
    title: dataset.report.title.vi,
    hasSource: sourceText !== null,
    ...(fault ? { notKept: fault } : {}),
  }
}

/** One line on why a file did not open, for a list of several: the first problem of a file with mistakes. */
export function describeError(error: Error, language: Language, t: Translate): string {
  const failure = error instanceof DatasetLoadError ? error.failure : null
  if (failure?.kind === 'schema') {
    const [first] = failure.problems
    const more = failure.problems.length - 1
    return `${first ? `${first.path}: ${first[language]}` : ''}${more > 0 ? ` (+${more})` : ''}`
  }
  return failureSummary(failure, error, t)
}
