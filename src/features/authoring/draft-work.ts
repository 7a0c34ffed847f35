import type { KnownFacts } from '../../draft/draft-dataset.ts'
import type { Work } from '../../draft/work.ts'
import { workFromDraft } from '../../draft/work-from-draft.ts'
import type { Translate } from '../../lib/messages.ts'
import { cleanReportText, maxDocxUnpacked, maxReportLength, ReportTextFailure } from './read-report-file.ts'
import { type DraftControl, DraftStopped, runDraft } from './run-draft.ts'

/** A report's text, cleaned and drafted in a worker, as the work a person reviews: to start, or after an edit. */
export async function draftWork(
  raw: string,
  sourceFile: string,
  known: KnownFacts = {},
  control: DraftControl = {},
): Promise<Work> {
  const cleaned = cleanReportText(raw)
  return workFromDraft(await runDraft(cleaned, sourceFile, known, control), cleaned, sourceFile)
}

/** Why a text could not be drafted, in the person's language. */
export function failureMessage(error: unknown, t: Translate): string {
  if (error instanceof DraftStopped) return t('makerDraftStopped')
  if (!(error instanceof ReportTextFailure)) return t('makerErrorDraft', { detail: String(error) })
  const { detail } = error
  switch (detail.kind) {
    case 'empty':
      return t('makerErrorEmpty')
    case 'too-long':
      return t('makerErrorTooLong', { length: detail.length, limit: maxReportLength })
    case 'binary':
      return t('makerErrorBinary', { file: detail.fileName })
    case 'not-docx':
      return t('makerErrorNotDocx', { file: detail.fileName })
    case 'docx-too-big':
      return t('makerErrorDocxTooBig', {
        file: detail.fileName,
        megabytes: detail.megabytes,
        limit: maxDocxUnpacked / 1_000_000,
      })
    case 'no-article':
      return t('makerErrorNoArticle', { file: detail.fileName })
    case 'unsupported':
      return t('makerErrorUnsupported', { file: detail.fileName })
  }
}
