import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// jsPDF names its fonts' character collection after their encoding, which poppler reports on stderr and reads.
const run = (command: string, args: string[]) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 110_000 })

/** The text of each page of a PDF, as poppler's pdftotext reads it, with every run of spaces as one. */
export function pdfPages(path: string): string[] {
  const pages = Number(/Pages:\s+(\d+)/u.exec(run('pdfinfo', [path]))?.[1])
  return Array.from({ length: pages }, (_, i) =>
    run('pdftotext', ['-f', `${i + 1}`, '-l', `${i + 1}`, path, '-']).replace(/\s+/gu, ' '),
  )
}

/** The text of a PDF's pages as one, as poppler's pdftotext reads it. */
export function pdfText(bytes: Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'export-pdf-')), 'deck.pdf')
  writeFileSync(path, bytes)
  return pdfPages(path).join(' ')
}

/**
 * A downloaded .pptx as LibreOffice Impress opens it: the text of each slide, read from the PDF it converts the
 * deck to. Each call has its own LibreOffice profile, so that two tests may convert at once.
 */
export function slidesAsLibreOfficeOpens(bytes: Buffer): string[] {
  const work = mkdtempSync(join(tmpdir(), 'pptx-opened-'))
  const path = join(work, 'deck.pptx')
  writeFileSync(path, bytes)
  run('soffice', [
    `-env:UserInstallation=file://${join(work, 'profile')}`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    work,
    path,
  ])
  return pdfPages(join(work, 'deck.pdf'))
}
