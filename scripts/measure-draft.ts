// npm run measure:draft -- <folder> [--verbose] [--typed-date]
// Reads every <name>.txt with its hand-made <name>.json annotation in the folder, drafts the text and prints
// the share the draft gets right: values, comparators, roles with years, indicator names, non-figures.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Annotation, addUp, scoreDraft, type TextScore } from './draft-score.ts'

const args = process.argv.slice(2)
const folder = args.find((arg) => !arg.startsWith('--'))
const isVerbose = args.includes('--verbose')
// --typed-date: as a person would, with the date the page shows (the annotation's pageDate) typed in.
const withTypedDate = args.includes('--typed-date')
if (!folder) {
  console.error('Usage: npm run measure:draft -- <folder with name.txt and name.json> [--verbose]')
  process.exit(2)
}

// A text and its annotation: name.txt with name.json, or (in the repository's fixtures) name.vi.txt with name.expected.json.
const files = readdirSync(folder)
const pairs = files
  .filter((file) => file.endsWith('.txt'))
  .map((file) => {
    const name = file.replace(/(?:\.vi)?\.txt$/u, '')
    const annotation = [`${name}.json`, `${name}.expected.json`].find((candidate) =>
      files.includes(candidate),
    )
    return { name, file, annotation }
  })
  .filter((pair): pair is { name: string; file: string; annotation: string } => pair.annotation !== undefined)
  .sort((a, b) => a.name.localeCompare(b.name))

const scores: TextScore[] = []
for (const { name, file, annotation: annotationFile } of pairs) {
  const text = readFileSync(join(folder, file), 'utf8').normalize('NFC')
  const annotation = JSON.parse(readFileSync(join(folder, annotationFile), 'utf8')) as Annotation
  const score = scoreDraft(text, annotation, { withTypedDate })
  scores.push(score)
  const t = addUp([score])
  console.log(
    `${name}: values ${t.values}/${t.figures}, roles+years ${t.rolesAndYears}/${t.figures}, names ${t.names}/${t.namesJudged}, non-figures ${t.nonFigures}/${t.candidates}, scorecards ${t.scorecardsFound}/${t.scorecards}`,
  )
  for (const problem of score.problems) console.log(`  ! ${problem}`)
  if (!isVerbose) continue
  for (const v of score.figures) {
    const a = v.annotated
    if (!v.found) {
      console.log(`  MISSED ${a.number} (${a.at})`)
      continue
    }
    const f = v.found
    const marks = [
      v.isValueRight
        ? ''
        : `value ${f.value}${f.max === undefined ? '' : `-${f.max}`} ${f.unit}${f.otherUnit ? `:${f.otherUnit}` : ''} ≠ ${a.value}${a.max === undefined ? '' : `-${a.max}`} ${a.unit}`,
      v.isComparatorRight ? '' : `comparator ${f.comparator} ≠ ${a.comparator}`,
      v.isRoleAndYearRight ? '' : `role ${f.role} ${f.period?.year ?? '-'} ≠ ${a.role} ${a.year ?? '-'}`,
      v.isNameRight === false ? `name "${f.label.vi}" ∉ ${JSON.stringify(a.indicator)}` : '',
    ].filter(Boolean)
    if (marks.length > 0) console.log(`  ${f.valueText}: ${marks.join('; ')}`)
  }
  for (const f of score.nonFigures)
    console.log(`  NON-FIGURE ${f.valueText} (${f.role}) in "${f.quote.slice(0, 80)}"`)
}

const t = addUp(scores)
const share = (n: number, of: number) => `${n}/${of} (${of === 0 ? '–' : ((100 * n) / of).toFixed(1)}%)`
console.log(`\n${t.texts} texts, ${t.figures} figures`)
console.log(`values right:          ${share(t.values, t.figures)}`)
console.log(`comparators right:     ${share(t.comparators, t.figures)}`)
console.log(`role and year right:   ${share(t.rolesAndYears, t.figures)}`)
console.log(`indicator names right: ${share(t.names, t.namesJudged)}`)
console.log(
  `… naming what is measured: ${share(t.things, t.namesJudged)} (its kind of measure, "tốc độ tăng", set aside)`,
)
console.log(`non-figures:           ${share(t.nonFigures, t.candidates)} of the candidates`)
console.log(`scorecards found:      ${share(t.scorecardsFound, t.scorecards)}`)
