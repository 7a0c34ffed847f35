import { DatasetLoadError, type LoadFailure } from '../dataset/load-error.ts'
import type { Language } from '../lib/language.ts'
import type { Translate } from '../lib/messages.ts'

type ErrorPanelProps = {
  error: Error
  language: Language
  t: Translate
  /** Absent where trying again cannot help (a file with mistakes). */
  onRetry?: () => void
  /** Leaves the broken dataset for the one bundled with the app, when there is one to go back to. */
  bundled?: { name: string; onOpen: () => void } | undefined
}

/** What failed, in one sentence of the reader's language: the panel's headline, and a file's line in a list. */
export function failureSummary(failure: LoadFailure | null, error: Error, t: Translate): string {
  if (!failure) return t('errorUnknown', { detail: error.message })
  switch (failure.kind) {
    case 'network':
      return t('errorNetwork', { url: failure.url })
    case 'unknown':
      return t('errorUnknownDataset', { id: failure.url })
    case 'timeout':
      return t('errorTimeout', { url: failure.url, seconds: failure.seconds })
    case 'http':
      return t('errorHttp', { url: failure.url, status: failure.status })
    case 'html':
      return t('errorHtml', { url: failure.url })
    case 'not-json':
      return failure.detail === 'empty'
        ? t('errorEmpty', { url: failure.url })
        : failure.line !== undefined && failure.column !== undefined
          ? t('errorNotJsonAt', { url: failure.url, line: failure.line, column: failure.column })
          : t('errorNotJson', { url: failure.url })
    case 'no-json':
      return t('noJsonFile')
    case 'schema':
      return t('errorSchema', { url: failure.url, count: failure.problems.length })
  }
}

/** What failed and what to fix, in the reader's language, with Retry and a way back to the bundled dataset. */
export function ErrorPanel({ error, language, t, onRetry, bundled }: ErrorPanelProps) {
  const failure = error instanceof DatasetLoadError ? error.failure : null
  return (
    <section
      role="alert"
      className="border-danger-edge bg-danger-soft text-danger-strong rounded-lg border p-4"
    >
      <p className="text-lg font-semibold">{t('errorTitle')}</p>
      <p className="mt-1 break-words">{failureSummary(failure, error, t)}</p>
      {failure?.kind === 'schema' && (
        <ul className="mt-2 list-disc pl-6 text-sm" data-testid="problems">
          {failure.problems.slice(0, 20).map((problem, i) => (
            <li key={i} className="break-words">
              <code className="font-mono">{problem.path}</code>: {problem[language]}
            </li>
          ))}
        </ul>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        {onRetry && (
          <button
            type="button"
            onClick={onRetry}
            className="bg-danger hover:bg-danger-strong rounded px-4 py-2 font-semibold text-white"
          >
            {t('retry')}
          </button>
        )}
        {bundled && (
          <button
            type="button"
            onClick={bundled.onOpen}
            className="bg-surface border-danger text-danger-strong hover:bg-danger-tint rounded border px-4 py-2 font-semibold"
          >
            {t('openBundled', { name: bundled.name })}
          </button>
        )}
      </div>
    </section>
  )
}
