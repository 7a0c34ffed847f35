import { DatasetLoadError } from '../dataset/load-error.ts'
import type { Language } from '../lib/language.ts'
import type { Translate } from '../lib/messages.ts'

type ErrorPanelProps = { error: Error; language: Language; t: Translate; onRetry: () => void }

export function ErrorPanel({ error, language, t, onRetry }: ErrorPanelProps) {
  const failure = error instanceof DatasetLoadError ? error.failure : null
  const summary = !failure
    ? t('errorUnknown', { detail: error.message })
    : failure.kind === 'network'
      ? t('errorNetwork', { url: failure.url })
      : failure.kind === 'http'
        ? t('errorHttp', { url: failure.url, status: failure.status })
        : failure.kind === 'not-json'
          ? t('errorNotJson', { url: failure.url, detail: failure.detail })
          : t('errorSchema', { url: failure.url, count: failure.problems.length })

  return (
    <section role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900">
      <h1 className="text-lg font-semibold">{t('errorTitle')}</h1>
      <p className="mt-1 break-words">{summary}</p>
      {failure?.kind === 'schema' && (
        <ul className="mt-2 list-disc pl-6 text-sm">
          {failure.problems.slice(0, 20).map((problem, i) => (
            <li key={i} className="break-words">
              <code className="font-mono">{problem.path}</code>: {problem[language]}
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        onClick={onRetry}
        className="mt-3 rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900"
      >
        {t('retry')}
      </button>
    </section>
  )
}
