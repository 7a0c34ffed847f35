// npm run measure:agreement -- <folder A> <folder B> [--verbose]
// How far two people who annotated the same texts (each on their own, by scripts/ANNOTATION.md) agree: the ceiling a
// draft measured against one of them can reach. Folder B holds the same <name>.txt as folder A, each with its own
// <name>.json. A figure is one both took at the same place in the text; it is counted as `measure:draft` counts the
// draft's: B's value and unit, role and year, against A's, and B's figures that A did not take as "non-figures".
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type AnnotatedFigure, type Annotation, annotatedOffset } from './draft-score.ts'

const args = process.argv.slice(2)
const [first, second] = args.filter((arg) => !arg.startsWith('--'))
const isVerbose = args.includes('--verbose')
if (!first || !second) {
  console.error('Usage: npm run measure:agreement -- <folder A> <folder B> [--verbose]')
  process.exit(2)
}

const readAnnotation = (folder: string, name: string) =>
  JSON.parse(readFileSync(join(folder, `${name}.json`), 'utf8')) as Annotation

/** One unit, however each wrote a unit the vocabulary has no code for ("other:con" and "other:con bò"). */
function isSameUnit(one: string, other: string): boolean {
  if (one === other) return true
  const [a, b] = [one, other].map((unit) => /^other:(.+)$/u.exec(unit)?.[1]?.toLocaleLowerCase('vi').trim())
  return a !== undefined && b !== undefined && (a.startsWith(`${b} `) || b.startsWith(`${a} `))
}

const sameNumber = (a: number | undefined, b: number | undefined) =>
  a === b || (a !== undefined && b !== undefined && Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a)))

const isSameValue = (a: AnnotatedFigure, b: AnnotatedFigure) =>
  isSameUnit(a.unit, b.unit) && sameNumber(a.value, b.value) && sameNumber(a.max, b.max)

const isIndicatorRole = (role: string) => role === 'actual' || role === 'target'
const isSameRoleAndYear = (a: AnnotatedFigure, b: AnnotatedFigure) =>
  a.role === b.role && (!isIndicatorRole(a.role) || a.year === b.year)

type Placed = { figure: AnnotatedFigure; offset: number }

const totals = { texts: 0, taken: 0, both: 0, values: 0, rolesAndYears: 0, onlyFirst: 0, onlySecond: 0 }
const names = readdirSync(first)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/u, ''))
  .filter((name) => readdirSync(second).includes(`${name}.json`))
  .sort()

for (const name of names) {
  const text = readFileSync(join(first, `${name}.txt`), 'utf8').normalize('NFC')
  const placed = (annotation: Annotation): Placed[] =>
    annotation.figures.map((figure) => ({
      figure,
      offset: annotatedOffset(text, figure.at.normalize('NFC'), figure.number.normalize('NFC')),
    }))
  const ours = placed(readAnnotation(first, name))
  const theirs = placed(readAnnotation(second, name))
  const lines: string[] = []
  let [both, values, rolesAndYears] = [0, 0, 0]
  const matched = new Set<number>()
  for (const { figure: a, offset } of ours) {
    // The other's figure whose number covers this one's start ("9.481/9.440ha" written whole or in parts).
    const index = theirs.findIndex(
      (other, i) =>
        !matched.has(i) &&
        other.offset >= 0 &&
        offset >= other.offset &&
        offset < other.offset + Math.max(1, other.figure.number.length),
    )
    const b = theirs[index]?.figure
    if (!b) {
      lines.push(`  ONLY A ${a.number} (${a.at})`)
      continue
    }
    matched.add(index)
    both += 1
    const isValue = isSameValue(a, b)
    const isRole = isSameRoleAndYear(a, b)
    values += isValue ? 1 : 0
    rolesAndYears += isRole ? 1 : 0
    const marks = [
      isValue
        ? ''
        : `value ${a.value}${a.max === undefined ? '' : `-${a.max}`} ${a.unit} ≠ ${b.value}${b.max === undefined ? '' : `-${b.max}`} ${b.unit}`,
      isRole ? '' : `role ${a.role} ${a.year ?? '-'} ≠ ${b.role} ${b.year ?? '-'}`,
    ].filter(Boolean)
    if (marks.length > 0) lines.push(`  ${a.number}: ${marks.join('; ')}`)
  }
  const onlySecond = theirs.filter((_, i) => !matched.has(i))
  for (const { figure } of onlySecond) lines.push(`  ONLY B ${figure.number} (${figure.at})`)
  totals.texts += 1
  totals.taken += ours.length
  totals.both += both
  totals.values += values
  totals.rolesAndYears += rolesAndYears
  totals.onlyFirst += ours.length - both
  totals.onlySecond += onlySecond.length
  console.log(
    `${name}: A ${ours.length}, B ${theirs.length}, both ${both}: values ${values}/${both}, roles+years ${rolesAndYears}/${both}`,
  )
  if (isVerbose) for (const line of lines) console.log(line)
}

const share = (n: number, of: number) => `${n}/${of} (${of === 0 ? '–' : ((100 * n) / of).toFixed(1)}%)`
console.log(`\n${totals.texts} texts; A took ${totals.taken} figures, B ${totals.both + totals.onlySecond}`)
console.log(`taken by both:         ${share(totals.both, totals.taken)} of A's`)
console.log(`values agree:          ${share(totals.values, totals.both)}`)
console.log(`role and year agree:   ${share(totals.rolesAndYears, totals.both)}`)
console.log(`B's not taken by A:    ${share(totals.onlySecond, totals.both + totals.onlySecond)} of B's`)
