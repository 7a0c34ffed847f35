import { DatasetLoadError } from '../../dataset/load-error.ts'
import { parseJsonText } from '../../dataset/parse-json-text.ts'
import { datasetSchema } from '../../dataset/schema.ts'
import { saveStoredDataset } from '../../dataset/stored-datasets.ts'
import { isError } from '../../dataset/problem.ts'
import { verifyDataset } from '../../dataset/verify.ts'

export type OpenResult = { id: string; title: string; hasSource: boolean }

/**
 * Files a reader chose or dropped: the dataset (.json) is parsed with the schema, checked against its
 * report text (.txt) when one came with it, then kept in this browser. Throws a DatasetLoadError that names
 * every field to fix.
 */
export async function openDatasetFiles(files: File[], bundledIds: string[]): Promise<OpenResult> {
  const jsonFile = files.find((file) => /\.json$/i.test(file.name) || file.type === 'application/json')
  if (!jsonFile) throw new Error('no-json')
  const sourceFile = files.find((file) => /\.txt$/i.test(file.name))
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
  await saveStoredDataset({
    id: dataset.id,
    title: dataset.report.title.vi,
    fileName: jsonFile.name,
    text,
    sourceText,
    openedAt: new Date().toISOString(),
  })
  return { id: dataset.id, title: dataset.report.title.vi, hasSource: sourceText !== null }
}
