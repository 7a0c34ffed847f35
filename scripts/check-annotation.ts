// npx tsx scripts/check-annotation.ts <folder>
// Checks a folder of hand-made annotations (scripts/ANNOTATION.md) before the draft is measured on it: every
// name.txt has a name.json that parses, each figure's snippet is in the text once and holds its number, the value
// is the number as written, and the unit, comparator and role are words of the format. It never drafts the text,
// so an annotator who runs it learns nothing of what the reader does.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Annotation, annotatedOffset } from './draft-score.ts'
import { unitCodes } from '../src/dataset/units.ts'

const folder = process.argv[2]
if (!folder) {
  console.error('Usage: npx tsx scripts/check-annotation.ts <folder with name.txt and name.json>')
  process.exit(2)
}

const comparators = ['exact', 'atLeast', 'over', 'moreThan', 'under', 'atMost', 'about', 'range']
const roles = ['actual', 'target', 'profile', 'fact']
/** The number as a Vietnamese reader writes it: "." groups thousands, "," is the decimal mark. */
const writtenValue = (number: string) => Number(number.replace(/\./gu, '').replace(',', '.'))

let problemCount = 0
const files = readdirSync(folder)
for (const file of files.filter((name) => name.endsWith('.txt') && name !== 'URLS.txt').sort()) {
  const name = file.replace(/\.txt$/u, '')
  const problems: string[] = []
  const text = readFileSync(join(folder, file), 'utf8').normalize('NFC')
  if (!files.includes(`${name}.json`)) problems.push('no annotation (name.json)')
  else {
    let annotation: Annotation | undefined
    try {
      annotation = JSON.parse(readFileSync(join(folder, `${name}.json`), 'utf8')) as Annotation
    } catch (error) {
      problems.push(`the annotation is no JSON: ${String(error)}`)
    }
    for (const [index, figure] of (annotation?.figures ?? []).entries()) {
      const where = `figure ${index + 1} "${figure.number}"`
      const at = figure.at.normalize('NFC')
      if (annotatedOffset(text, at, figure.number) < 0)
        problems.push(`${where}: its "at" is not once in the text, or does not hold the number`)
      const written = writtenValue(figure.number.replace(/^0+(?=\d)/u, ''))
      const isRange = figure.comparator === 'range'
      // "vượt 10% kế hoạch" is 110% of the plan; a number in words ("Bốn") is not checked.
      const isExcess = figure.unit.startsWith('percent-of-') && Math.abs(figure.value - written - 100) < 1e-9
      // "99.3%", "giảm 4.2%": a page that writes the decimal with a dot, read as written (a fall negative).
      const isDotDecimal =
        /^\d+\.\d{1,2}$/u.test(figure.number) &&
        Math.abs(Math.abs(figure.value) - Number(figure.number)) < 1e-9
      if (
        !isRange &&
        !isExcess &&
        !isDotDecimal &&
        Number.isFinite(written) &&
        Math.abs(Math.abs(figure.value) - written) > 1e-9 * Math.max(1, written)
      )
        problems.push(`${where}: value ${figure.value} is not the number as written (${written})`)
      if (isRange && figure.max === undefined) problems.push(`${where}: a range needs its max`)
      if (!unitCodes.includes(figure.unit as never) && !figure.unit.startsWith('other:'))
        problems.push(`${where}: unit "${figure.unit}" is no code of the vocabulary and not other:<words>`)
      if (!comparators.includes(figure.comparator))
        problems.push(`${where}: comparator "${figure.comparator}"`)
      if (!roles.includes(figure.role)) problems.push(`${where}: role "${figure.role}"`)
      if (figure.year !== null && !Number.isInteger(figure.year))
        problems.push(`${where}: year "${figure.year}"`)
      if (!figure.indicator?.length) problems.push(`${where}: no indicator name`)
    }
    for (const card of annotation?.scorecards ?? [])
      if (card.at !== undefined && !text.includes(card.at.normalize('NFC')))
        problems.push(`scorecard "${card.at}" is not in the text`)
  }
  problemCount += problems.length
  console.log(`${name}: ${problems.length === 0 ? 'ok' : `${problems.length} problem(s)`}`)
  for (const problem of problems) console.log(`  ! ${problem}`)
}
process.exit(problemCount === 0 ? 0 : 1)
