import { toNumber } from '../../dataset/reading/decimal.ts'
import { readAmount } from '../../dataset/reading/read-amount.ts'
import { otherUnitWords } from '../../dataset/reading/amount-words.ts'
import { statedAmount } from '../../dataset/stated-amount.ts'
import { type Unit, unitInfo } from '../../dataset/units.ts'
import { uncapitalised } from '../../lib/letter-case.ts'
import { hasLetter, letter } from '../../lib/reg-exp.ts'
import { chooseUnit, type UnitChoice } from '../choose-unit.ts'
import type { DraftFigure, IgnoredNumberNote } from '../draft-types.ts'
import type { Reason, Why, YearRule } from '../structure/reasons.ts'
import type { ReportYears } from '../structure/report-years.ts'
import { type ColumnKind, columnKind, yearsIn } from './column-heading.ts'
import type { Row, Table } from './find-tables.ts'

type Column = { heading: string; kind: ColumnKind }

const hasDigit = /\d/u
const bareYear = /^(?:19|20)\d{2}$/u
/** "-", "x", "…", "" : a cell that gives no value. */
const isValueCell = (text: string) => hasDigit.test(text)

/** A row of headings: no cell but years, ordinals and ratios of headings holds a number. */
function isHeadingRow(row: Row): boolean {
  const numbers = row.cells.filter((cell) => isValueCell(cell.text))
  return numbers.every(
    (cell) => bareYear.test(cell.text) || hasLetter.test(cell.text) || /^\(?\d{1,2}\)?$/u.test(cell.text),
  )
}

/**
 * The heading of each column: the first row's, with the row below it when that heads the columns too ("Năm 2024"
 * over "KH", "ƯTH"). A row of sub-headings shorter than the table heads its last columns (the first ones span both
 * rows); a blank cell of the top row goes on with the heading to its left (a heading over several columns).
 */
function headingsOf(rows: readonly Row[], width: number): { columns: Column[]; bodyFrom: number } {
  const headingRows = rows
    .slice(0, 2)
    .filter((row, i) => isHeadingRow(row) && (i === 0 || isHeadingRow(rows[0] ?? row)))
  const texts: string[] = Array.from({ length: width }, () => '')
  const [top, sub] = headingRows
  let carried = ''
  top?.cells.forEach((cell, i) => {
    carried = cell.text || (sub ? carried : '')
    texts[i] = carried
  })
  // A heading over the last columns whose empty cells the page's copy left off ("So sánh (%)" over two).
  if (sub && top) for (let i = top.cells.length; i < width; i++) texts[i] = carried
  if (sub) {
    // Where the sub-headings go: by their own leading blanks when the copy kept them; else under the headings that
    // span several columns ("So sánh (%)" and the blanks after it, whatever follows, "Ghi chú"); else the last columns.
    const spanned = top ? spannedColumns(top, width) : []
    const places =
      sub.cells[0]?.text === ''
        ? sub.cells.map((_, i) => i)
        : spanned.length === sub.cells.length
          ? spanned
          : sub.cells.map((_, i) => i + width - sub.cells.length)
    sub.cells.forEach((cell, i) => {
      const at = places[i]
      if (at !== undefined && cell.text) texts[at] = `${texts[at] ?? ''} ${cell.text}`.trim()
    })
  }
  return {
    columns: texts.map((heading) => ({ heading, kind: columnKind(heading) })),
    bodyFrom: headingRows.length,
  }
}

/** The columns under a heading that spans several: the heading's cell and the empty ones after it. */
function spannedColumns(top: Row, width: number): number[] {
  const texts = Array.from({ length: width }, (_, i) => top.cells[i]?.text ?? '')
  const columns: number[] = []
  texts.forEach((text, i) => {
    if (text === '') return
    let end = i + 1
    while (end < width && texts[end] === '') end++
    if (end > i + 1) for (let at = i; at < end; at++) columns.push(at)
  })
  return columns
}

/** "- Nông nghiệp", "+ Thu nội địa", "a) …": a part of the row above, named with it. */
const partMark = /^(?:[-–+•*]|[a-zđ]\)|[a-zđ]\.(?=\s))\s*/u
const ordinalMark = /^(?:[IVX]+|\d+(?:\.\d+)*)[.)]?\s+(?=\S)/u

/**
 * "Tỷ lệ hộ nghèo (%)", "Tổng đàn gia súc (con)", "Số trường đạt chuẩn (trường)": a unit given with the name, when the
 * table has none for the row; not a price base ("(giá so sánh 2010)") nor an acronym ("(GRDP)").
 */
const unitInName = new RegExp(
  String.raw`\s*\(\s*(%|[^()\d]{1,24}\/[^()\d]{1,24}|[${letter}]+(?:\s+[${letter}]+){0,2})\s*\)\s*$`,
  'u',
)
const unitOfName = (name: string) => {
  const unit = unitInName.exec(name)?.[1]
  return unit && unit !== unit.toLocaleUpperCase('vi') ? unit : unit === '%' ? unit : undefined
}

/**
 * The figures of a table: each value cell of a row under a column whose heading says what it holds, with the
 * row's name and unit. The quote is the row; why says which column made the role and year. A column the draft
 * cannot read ("So sánh (%)" with nothing under it to say compared with what) is left out, said in a note.
 */
export function readTable(
  table: Table,
  years: ReportYears,
): { figures: DraftFigure[]; ignored: IgnoredNumberNote[] } {
  const width = Math.max(...table.rows.map((row) => row.cells.length))
  const { columns, bodyFrom } = headingsOf(table.rows, width)
  const nameAt = Math.max(
    columns.findIndex((c) => c.kind.kind === 'name'),
    columns.findIndex((c) => c.kind.kind !== 'stt'),
  )
  const unitAt = columns.findIndex((c) => c.kind.kind === 'unit')
  // The shares of a table whose results all cover one part of a year are of that part.
  const resultParts = new Set(
    columns.flatMap((c) =>
      c.kind.kind === 'level' && c.kind.role === 'actual' ? [c.kind.partOfYear ?? ''] : [],
    ),
  )
  const sharedPart = resultParts.size === 1 ? [...resultParts][0] || undefined : undefined
  const captionYear = yearsIn(table.caption?.text ?? '').at(-1)
  const figures: DraftFigure[] = []
  const ignored: IgnoredNumberNote[] = []
  let parent = ''
  for (const row of table.rows.slice(bodyFrom)) {
    const nameCell = row.cells[nameAt]
    const written = nameCell?.text ?? ''
    const isPart = partMark.test(written) || /^[a-zđ]$|^[-+]$/u.test(row.cells[0]?.text ?? '')
    let name = written
      .replace(partMark, '')
      .replace(ordinalMark, '')
      .replace(/[:.]\s*$/u, '')
      .trim()
    const nameUnit = unitOfName(name)
    if (nameUnit) name = name.replace(unitInName, '')
    if (isPart && parent) name = `${parent}: ${uncapitalised(name)}`
    else if (name && name !== name.toLocaleUpperCase('vi')) parent = name
    const unitCell = (unitAt >= 0 ? row.cells[unitAt]?.text : undefined) || (nameUnit ?? '')
    row.cells.forEach((cell, i) => {
      const column = columns[i]
      if (!column || i === nameAt || i === unitAt || !isValueCell(cell.text)) return
      const { kind } = column
      if (kind.kind === 'stt' || kind.kind === 'name' || kind.kind === 'unit' || kind.kind === 'note') return
      if (!name) {
        ignored.push({
          text: cell.text,
          reason: 'a table row with no name',
          context: `${column.heading} · ${written}`,
        })
        return
      }
      const figure = figureOf(cell, row, column.heading, kind, {
        sharedPart,
        name,
        unitCell,
        caption: table.caption?.text ?? '',
        captionYear,
        years,
      })
      if (figure) figures.push(figure)
      else
        ignored.push({
          text: cell.text,
          reason: 'a table cell the draft cannot read as an amount',
          context: written,
        })
    })
  }
  return { figures, ignored }
}

type RowFacts = {
  /** The part of the year the table's results cover, its shares' too ("6 tháng đầu năm 2025" beside "So với KH (%)"). */
  sharedPart: string | undefined
  name: string
  unitCell: string
  caption: string
  captionYear: number | undefined
  years: ReportYears
}

function figureOf(
  cell: { text: string; start: number },
  row: Row,
  heading: string,
  kind: Exclude<ColumnKind, { kind: 'stt' | 'name' | 'unit' | 'note' }>,
  { sharedPart, name, unitCell, caption, captionYear, years }: RowFacts,
): DraftFigure | undefined {
  const isShare = kind.kind === 'share-of-plan' || kind.kind === 'share-of-earlier'
  // A share is in "%" whatever the row's unit: the heading says so ("ƯTH/KH (%)", "So sánh (%)").
  const unitWords = isShare || (kind.kind === 'unknown' && /%/u.test(heading)) ? '%' : unitCell
  const { reading, rest } = readAmount(statedAmount({ valueText: cell.text, unitWords }))
  if (!reading || rest !== '') return undefined
  const shareUnit: Unit | undefined =
    kind.kind === 'share-of-plan'
      ? kind.ofEstimate
        ? 'percent-of-estimate'
        : 'percent-of-plan'
      : isShare
        ? 'percent'
        : undefined
  const choice: UnitChoice = shareUnit
    ? {
        unit: shareUnit,
        value: toNumber(reading.value),
        ...(reading.max ? { max: toNumber(reading.max) } : {}),
      }
    : chooseUnit(reading, name, `${name} ${cell.text} ${unitWords}`)
  const resultsYear = years.results?.year
  // "So sánh (%)" with nothing under it to say compared with what: the number is shown, for a person to say what it is.
  const isUnread = kind.kind === 'unknown'
  const role = kind.kind === 'level' ? kind.role : isUnread ? 'fact' : 'actual'
  const fallback: Reason<YearRule> =
    captionYear !== undefined
      ? { rule: 'written', words: caption }
      : role === 'target' && years.plan && kind.kind === 'level' && !kind.isEstimate
        ? years.plan.why
        : (years.results?.why ?? { rule: 'none', words: '' })
  const fallbackYear = captionYear ?? (role === 'target' ? (years.plan?.year ?? resultsYear) : resultsYear)
  const ownYear = kind.kind === 'unknown' ? undefined : kind.year
  const year = isUnread ? undefined : (ownYear ?? fallbackYear)
  const why: Why = {
    role: { rule: isUnread ? 'no-words' : 'column', words: isUnread ? '' : heading },
    year: isUnread
      ? { rule: 'none', words: '' }
      : ownYear !== undefined
        ? { rule: 'column', words: heading }
        : fallback,
  }
  const from =
    kind.kind === 'share-of-earlier' ? (kind.from ?? (year === undefined ? undefined : year - 1)) : undefined
  return {
    id: '',
    role,
    label: { vi: nameOf(name, kind), en: 'TODO' },
    unit: choice.unit,
    ...(choice.otherUnit ? { otherUnit: otherUnitWords(choice.otherUnit) } : {}),
    unitText: unitCell,
    ...(unitWords ? { unitWords } : {}),
    comparator: choice.comparator ?? reading.comparator,
    value: choice.value,
    ...(choice.max === undefined ? {} : { max: choice.max }),
    ...(year === undefined ? {} : { period: { year } }),
    ...(kind.kind === 'level' && kind.partOfYear
      ? { partOfYear: kind.partOfYear }
      : isShare && sharedPart
        ? { partOfYear: sharedPart }
        : {}),
    ...(from === undefined ? {} : { changeFrom: { year: from } }),
    ...(kind.kind === 'level' && kind.isEstimate ? { isEstimate: true } : {}),
    quote: row.text,
    valueText: cell.text,
    at: cell.start,
    sentenceStart: row.start,
    why,
    ...(choice.unit === 'TODO' || isUnread
      ? {
          todo: [
            ...(choice.unit === 'TODO'
              ? ['unit: the table gives no unit this draft knows; add the unit']
              : []),
            ...(isUnread
              ? [
                  `role: the column "${heading}" does not say what it holds; say what this number is, or reject it`,
                ]
              : []),
          ],
        }
      : {}),
  }
}

/** The row's name; a share of the plan is named as the text names one ("Thu ngân sách (% kế hoạch)"). */
function nameOf(name: string, kind: ColumnKind): string {
  if (kind.kind === 'share-of-plan')
    return `${name} (${unitInfo(kind.ofEstimate ? 'percent-of-estimate' : 'percent-of-plan').vi})`
  if (kind.kind === 'share-of-earlier')
    return `${name} so với ${kind.from === undefined ? 'cùng kỳ' : 'năm trước'}`
  return name
}
