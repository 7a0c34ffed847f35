import { normalizeText } from '../../dataset/clean-text.ts'
import { zipUnpackedSize } from './zip-size.ts'

/** What a .docx may unpack to: a report with its pictures is far less. */
export const maxDocxUnpacked = 50_000_000

/** Longer than any report: a pasted book or a wrong file. */
export const maxReportLength = 500_000

export type ReportTextError =
  | { kind: 'empty' }
  | { kind: 'too-long'; length: number }
  | { kind: 'binary'; fileName: string }
  | { kind: 'not-docx'; fileName: string }
  | { kind: 'docx-too-big'; fileName: string; megabytes: number }
  | { kind: 'no-article'; fileName: string }
  | { kind: 'unsupported'; fileName: string }

export class ReportTextFailure extends Error {
  constructor(readonly detail: ReportTextError) {
    super(detail.kind)
  }
}

/** NFC, every space a space, Windows line ends as "\n", no spaces at line ends: the text the dataset keeps. */
export function cleanReportText(text: string): string {
  const cleaned = normalizeText(text.replace(/\r\n?/gu, '\n'))
    .replace(/[ \t]+$/gmu, '')
    .replace(/\n{3,}/gu, '\n\n')
    .trim()
  if (!cleaned) throw new ReportTextFailure({ kind: 'empty' })
  if (cleaned.length > maxReportLength)
    throw new ReportTextFailure({ kind: 'too-long', length: cleaned.length })
  return `${cleaned}\n`
}

/** The report text of a .txt, a .docx or a saved web page (.html, its article body). */
export async function readReportFile(file: File): Promise<string> {
  const name = file.name.toLocaleLowerCase('en')
  const bytes = new Uint8Array(await file.arrayBuffer())
  if (name.endsWith('.txt')) return cleanReportText(decodeText(bytes, file.name))
  if (name.endsWith('.docx')) return cleanReportText(await readDocx(bytes, file.name))
  if (name.endsWith('.html') || name.endsWith('.htm'))
    return cleanReportText(await readHtml(decodeText(bytes, file.name), file.name))
  throw new ReportTextFailure({ kind: 'unsupported', fileName: file.name })
}

function decodeText(bytes: Uint8Array, fileName: string): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    // Control characters other than line ends and tabs mean a binary file renamed.
    if (/[^\P{Cc}\t\n\r\f]/u.test(text)) throw new Error('binary')
    return text
  } catch {
    throw new ReportTextFailure({ kind: 'binary', fileName })
  }
}

async function readDocx(bytes: Uint8Array, fileName: string): Promise<string> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  if (!isZip) throw new ReportTextFailure({ kind: 'not-docx', fileName })
  // A report's .docx unpacks to a few megabytes; one that says it unpacks to more would freeze or crash the page.
  const size = zipUnpackedSize(bytes)
  if (!size) throw new ReportTextFailure({ kind: 'not-docx', fileName })
  if (size.bytes > maxDocxUnpacked)
    throw new ReportTextFailure({
      kind: 'docx-too-big',
      fileName,
      megabytes: Math.round(size.bytes / 1_000_000),
    })
  const mammoth = await import('mammoth')
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
    // As HTML, so that a table keeps its rows and columns (a row a line, its cells between tabs).
    const result = await mammoth.convertToHtml({ arrayBuffer: buffer as ArrayBuffer })
    return textBlocks(new DOMParser().parseFromString(result.value, 'text/html')).join('\n\n')
  } catch {
    throw new ReportTextFailure({ kind: 'not-docx', fileName })
  }
}

/** A saved web page: the article's title and body, paragraph by paragraph, without menus and links around it. */
async function readHtml(html: string, fileName: string): Promise<string> {
  const { Readability } = await import('@mozilla/readability')
  const document = new DOMParser().parseFromString(html, 'text/html')
  const article = new Readability(document).parse()
  if (!article?.content || (article.textContent ?? '').trim().length < 200) {
    throw new ReportTextFailure({ kind: 'no-article', fileName })
  }
  const blocks = textBlocks(new DOMParser().parseFromString(article.content, 'text/html'))
  const title = article.title?.trim()
  return [...(title && blocks[0] !== title ? [title] : []), ...blocks].join('\n\n')
}

const cellTags = new Set(['TD', 'TH'])
const wordsOf = (element: Element) => (element.textContent ?? '').replace(/\s+/gu, ' ').trim()

/** A table that holds data, not the page's layout: none of its cells holds another table. */
const isDataTable = (table: Element | null) => table !== null && table.querySelector('table') === null

/**
 * The text of a page or a document, block by block: headings, paragraphs and list items as they are, and each row
 * of a data table as one line, its cells between tabs (as a browser copies a table), a cell spanning columns
 * followed by empty ones, so that the draft reads its columns (`draft/table/`).
 */
function textBlocks(document: Document): string[] {
  return [...document.body.querySelectorAll('h1, h2, h3, h4, p, li, blockquote, pre, tr, td, th')]
    .filter((element) => {
      if (element.tagName === 'TR') return isDataTable(element.closest('table'))
      const cell = cellTags.has(element.tagName) ? element : element.closest('td, th')
      // The words of a data table's cell go with its row.
      if (cell && isDataTable(cell.closest('table'))) return false
      return !element.querySelector('p, li, td, th')
    })
    .map((element) =>
      element.tagName === 'TR'
        ? [...element.children]
            .filter((cell) => cellTags.has(cell.tagName))
            .flatMap((cell) => [wordsOf(cell), ...Array.from({ length: spanOf(cell) - 1 }, () => '')])
            .join('\t')
        : wordsOf(element),
    )
    .filter((block) => block.replace(/\t/gu, '').trim() !== '')
}

const spanOf = (cell: Element) => Math.min(20, Math.max(1, Number(cell.getAttribute('colspan') ?? 1) || 1))
