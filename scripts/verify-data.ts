import { verifyDataset } from '../src/dataset/verify.ts'
import { readDatasetFiles } from './dataset-files.ts'

let failed = 0
for (const { file, json, sourceText, parseError } of readDatasetFiles()) {
  const problems = parseError
    ? [{ path: '(tệp / file)', vi: parseError, en: parseError }]
    : sourceText === null
      ? [{ path: 'report.sourceFile', vi: 'không đọc được văn bản nguồn', en: 'source text not found' }]
      : verifyDataset(json, sourceText)
  if (problems.length === 0) {
    console.log(`✓ data/${file}`)
    continue
  }
  failed += 1
  console.log(`✗ data/${file}`)
  for (const problem of problems) console.log(`  ${problem.path}: ${problem.vi}\n  ${' '.repeat(problem.path.length)}  ${problem.en}`)
}
process.exit(failed === 0 ? 0 : 1)
