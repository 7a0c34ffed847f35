import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** What a command prints, its warnings left out: jsPDF names its fonts' character collection after their encoding, which poppler reports on stderr and reads. */
export const run = (command: string, args: string[]) =>
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
 * A .pptx on disk as LibreOffice Impress opens it, converted to a PDF beside it: the PDF's path. The conversion
 * has its own LibreOffice profile in the file's folder, so that two tests may convert at once.
 */
export function convertedByLibreOffice(path: string): string {
  const folder = dirname(path)
  run('soffice', [
    `-env:UserInstallation=file://${join(folder, 'lo-profile')}`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    folder,
    path,
  ])
  return path.replace(/\.pptx$/u, '.pdf')
}

/** A downloaded .pptx as LibreOffice Impress opens it: the text of each slide. */
export function slidesAsLibreOfficeOpens(bytes: Buffer): string[] {
  const path = join(mkdtempSync(join(tmpdir(), 'pptx-opened-')), 'deck.pptx')
  writeFileSync(path, bytes)
  return pdfPages(convertedByLibreOffice(path))
}
