import type { PlainMessageKey, Translate } from '../../lib/messages.ts'

export type ExportErrorCode = 'draw-timeout' | 'no-image' | 'slides-not-rendered' | 'cancelled'

const messageKeys: Record<ExportErrorCode, PlainMessageKey> = {
  'draw-timeout': 'exportErrorTimeout',
  'no-image': 'exportErrorNoImage',
  'slides-not-rendered': 'exportErrorSlides',
  cancelled: 'exportCancelled',
}

/** An export that went wrong in a way we know, so the reader is told in their language. */
export class ExportError extends Error {
  constructor(readonly code: ExportErrorCode) {
    super(code)
    this.name = 'ExportError'
  }
}

/**
 * "Không xuất được: …" with the reason in the reader's language where we know it; else the browser's own words,
 * quoted inside a sentence of the reader's language that says what to do.
 */
export function exportErrorMessage(error: Error, t: Translate): string {
  const detail =
    error instanceof ExportError
      ? t(messageKeys[error.code])
      : t('exportErrorBrowser', { detail: error.message })
  return t('exportFailed', { detail })
}
