import { isError } from '../src/dataset/problem.ts'
import { verifyDataset } from '../src/dataset/verify.ts'
import { readDatasetFiles } from './dataset-files.ts'

let failed = 0
for (const { file, json, sourceText, parseError } of readDatasetFiles()) {
  const problems = parseError
    ? [{ path: '(tệp / file)', vi: parseError, en: parseError }]
    : sourceText === null
      ? [{ path: 'report.sourceFile', vi: 'không đọc được văn bản nguồn', en: 'source text not found' }]
      : verifyDataset(json, sourceText)
  const hasErrors = problems.some(isError)
  if (hasErrors) failed += 1
  console.log(`${hasErrors ? '✗' : '✓'} data/${file}`)
  for (const problem of problems) {
    const mark = isError(problem) ? '' : '(cảnh báo / warning) '
    console.log(
      `  ${mark}${problem.path}: ${problem.vi}\n  ${' '.repeat(mark.length + problem.path.length)}  ${problem.en}`,
    )
  }
}
process.exit(failed === 0 ? 0 : 1)
