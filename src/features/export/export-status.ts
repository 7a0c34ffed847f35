import type { Translate } from '../../lib/messages.ts'
import { ExportError, exportErrorMessage } from './export-error.ts'
import type { ExportFile } from './export-files.ts'

/** Where the files went: saved, on the clipboard, or saved because the browser refused the clipboard. */
export type Delivered = 'saved' | 'copied' | 'copy-refused'
/** What an export gave the reader: its files, where they went, and a picture's size and drawing time. */
export type ExportResult = {
  files: ExportFile[]
  delivered: Delivered
  image?: { width: number; height: number; ms: number }
}
/** Where a deck's export is: picturing its slides, or writing them into the file. */
export type ExportProgress = { phase: 'drawing' | 'writing'; slide: number; count: number }
/** An export as it runs: idle, at slide n of m, done, cancelled, or failed. */
export type ExportState = {
  isPending: boolean
  progress: ExportProgress | null
  result: ExportResult | undefined
  error: Error | null
}

/** The line the export dialog shows about the last export, in the reader's language. */
export function exportStatus({ isPending, progress, result, error }: ExportState, t: Translate): string {
  if (isPending && progress) {
    const counts = { slide: progress.slide, count: progress.count }
    return t(progress.phase === 'drawing' ? 'exportDeckProgress' : 'exportDeckWriting', counts)
  }
  if (isPending) return t('exportWorking')
  if (error instanceof ExportError && error.code === 'cancelled') return t('exportCancelled')
  if (error) return exportErrorMessage(error, t)
  if (!result) return ''
  const file = result.files.map((f) => f.name).join(', ')
  const { image } = result
  if (result.delivered === 'copied' && image) return t('copied', image)
  if (result.delivered === 'copy-refused') return t('copyRefused', { file })
  return image ? t('exportDone', { file, ...image }) : t('exportFileDone', { file })
}
