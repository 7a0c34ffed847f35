/**
 * The tables of a report as a page or a document gives them when copied: one row per line, its cells separated by
 * tabs ("TT⇥Chỉ tiêu⇥ĐVT⇥TH 2023⇥KH 2024⇥ƯTH 2024"). A browser copies an HTML table so, and the maker writes the
 * tables of a .docx and a saved page so (`read-report-file.ts`).
 */

export type Cell = { text: string; start: number }
export type Row = { text: string; start: number; cells: Cell[] }
export type Table = { start: number; end: number; rows: Row[]; caption?: Row }

/** A line of at least three cells: a row of a table, not a line with one stray tab. */
const minCells = 3

function rowOf(line: string, start: number): Row {
  const cells: Cell[] = []
  let at = 0
  for (const part of line.split('\t')) {
    const lead = part.length - part.trimStart().length
    cells.push({ text: part.trim(), start: start + at + lead })
    at += part.length + 1
  }
  return { text: line, start, cells }
}

/** Each run of two or more lines of tab-separated cells, with the line of words just before it (its caption). */
export function findTables(text: string): Table[] {
  const tables: Table[] = []
  let current: Row[] = []
  let lastLine: Row | undefined
  let captionOfCurrent: Row | undefined
  const close = () => {
    const last = current.at(-1)
    const first = current[0]
    if (current.length >= 2 && first && last)
      tables.push({
        start: first.start,
        end: last.start + last.text.length,
        rows: current,
        ...(captionOfCurrent ? { caption: captionOfCurrent } : {}),
      })
    current = []
  }
  for (const match of text.matchAll(/[^\n]+/gu)) {
    const line = match[0]
    const cells = line.split('\t')
    const filled = cells.filter((cell) => cell.trim() !== '').length
    // A row of sub-headings under cells that span two rows ("ƯTH/KH⇥ƯTH 2025/TH 2024") has fewer cells.
    const isRow =
      current.length > 0 ? cells.length >= 2 && filled >= 1 : cells.length >= minCells && filled >= 2
    if (isRow) {
      if (current.length === 0) captionOfCurrent = lastLine
      current.push(rowOf(line, match.index))
    } else {
      close()
      if (line.trim()) lastLine = { text: line.trim(), start: match.index, cells: [] }
    }
  }
  close()
  return tables
}

/** The text with its tables blanked to spaces, offsets kept: what the reader of sentences reads. */
export function withoutTables(text: string, tables: readonly Table[]): string {
  let prose = ''
  let from = 0
  for (const table of tables) {
    prose += text.slice(from, table.start) + text.slice(table.start, table.end).replace(/[^\n]/gu, ' ')
    from = table.end
  }
  return prose + text.slice(from)
}
