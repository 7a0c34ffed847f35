import type { Language } from '../../lib/language.ts'
import type { Translate } from '../../lib/messages.ts'
import { describeError, type OpenOutcome } from './open-dataset-files.ts'

/** What opening some files did, in one line: what opened (and without its report text), what was left out. */
export function openStatus(outcome: OpenOutcome, language: Language, t: Translate): string {
  const { opened, failed } = outcome
  const [first] = opened
  const openedLine =
    opened.length === 1 && first
      ? `${t('datasetOpened', { title: first.title })}${first.hasSource ? '' : ` ${t('noSourceText')}`}`
      : opened.length > 1
        ? t('openedSeveral', { opened: opened.map((result) => `"${result.title}"`).join(', ') })
        : ''
  const leftOut = failed.map(({ fileName, error }) =>
    t('leftOut', { file: fileName, reason: describeError(error, language, t) }),
  )
  // The browser refused to keep them: they show in this tab, and a reload loses them.
  const notKept = opened.filter((result) => result.notKept)
  const notKeptLine =
    notKept.length > 0
      ? t(notKept.some((result) => result.notKept === 'full') ? 'openedNotKeptFull' : 'openedNotKept', {
          titles: notKept.map((result) => `"${result.title}"`).join(', '),
        })
      : ''
  return [openedLine, notKeptLine, ...leftOut].filter(Boolean).join(' ')
}

/** The datasets this browser already keeps, as a question names them, and the files to open again to replace them. */
export function replacement(outcome: OpenOutcome, files: File[]): { files: File[]; titles: string } | null {
  if (outcome.existing.length === 0) return null
  const names = new Set(outcome.existing.map((entry) => entry.fileName))
  return {
    files: files.filter((file) => names.has(file.name) || /\.txt$/i.test(file.name)),
    titles: outcome.existing.map((entry) => `"${entry.title}"`).join(', '),
  }
}
