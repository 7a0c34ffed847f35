import { useEffect, useState } from 'react'
import type { Work } from '../../draft/work.ts'
import type { WorkAction } from '../../draft/work-actions.ts'
import { controlIds } from '../../draft/work-problems.ts'
import { readEditText, writeEditText } from '../../draft/work-store.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { buttonClass, primaryButtonClass } from '../../components/controls.ts'
import { draftWork, failureMessage } from './draft-work.ts'
import { goToControl } from './problem-list.tsx'

type TextRevisionProps = { work: Work; dispatch: (action: WorkAction) => void }

const decisionKeys = {
  accepted: 'makerAccepted',
  rejected: 'makerRejected',
  pending: 'makerPending',
} as const

/**
 * The report's text stays editable after the draft: an edit is kept in this browser as it is typed, read
 * again on request, and merged so that every choice on an unchanged sentence stays. What the merge added
 * and dropped is listed until the person has looked.
 */
export function TextRevision({ work, dispatch }: TextRevisionProps) {
  const { t } = useI18n()
  const [text, setText] = useState(work.sourceText)
  const [isOpen, setIsOpen] = useState(false)
  const [isBusy, setIsBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  // An edit not yet read again survives a reload.
  useEffect(() => {
    void readEditText().then((saved) => {
      if (saved && saved !== work.sourceText) {
        setText(saved)
        setIsOpen(true)
      }
    })
    // Read once, when the review opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // A read-again text, or an undo past one, is the text in use from then on.
  const [inUse, setInUse] = useState(work.sourceText)
  if (inUse !== work.sourceText) {
    setInUse(work.sourceText)
    setText(work.sourceText)
  }

  const change = (value: string) => {
    setText(value)
    void writeEditText(value === work.sourceText ? null : value)
  }

  const redraft = async () => {
    setError(null)
    setIsBusy(true)
    try {
      const fresh = await draftWork(text, work.sourceFile)
      dispatch({ type: 'text/redraft', fresh })
      void writeEditText(null)
    } catch (caught) {
      setError(failureMessage(caught, t))
    } finally {
      setIsBusy(false)
    }
  }

  const { revision } = work
  const rowOf = (key: string) => work.figures.find((f) => f.key === key)
  return (
    <div className="flex flex-col gap-2">
      {revision && (
        <div
          role="status"
          data-testid="revision"
          className="border-info-edge bg-info-soft rounded-lg border p-3 text-sm"
        >
          <p className="font-semibold">{t('makerRevisionKept', { count: revision.kept })}</p>
          {revision.added.length === 0 && revision.gone.length === 0 && <p>{t('makerRevisionNone')}</p>}
          {revision.added.length > 0 && (
            <>
              <p>{t('makerRevisionAdded', { count: revision.added.length })}</p>
              <ul className="list-disc pl-5">
                {revision.added.map((key) => (
                  <li key={key}>
                    <a
                      href={`#${controlIds.figure(key, 'row')}`}
                      className="underline"
                      onClick={(event) => {
                        event.preventDefault()
                        goToControl(controlIds.figure(key, 'row'))
                      }}
                    >
                      {rowOf(key)?.valueText ?? key}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
          {revision.gone.length > 0 && (
            <>
              <p>{t('makerRevisionGone', { count: revision.gone.length })}</p>
              <ul className="list-disc pl-5">
                {revision.gone.map((row, i) => (
                  <li key={i} lang="vi">
                    <strong>{row.valueText}</strong> ({t(decisionKeys[row.decision])}): {row.quote}
                  </li>
                ))}
              </ul>
            </>
          )}
          <button
            type="button"
            className={`${buttonClass} mt-2`}
            onClick={() => dispatch({ type: 'revision/dismiss' })}
          >
            {t('makerRevisionDismiss')}
          </button>
        </div>
      )}
      <details
        open={isOpen}
        onToggle={(event) => setIsOpen(event.currentTarget.open)}
        className="border-grid rounded-lg border p-2"
      >
        <summary className="cursor-pointer font-semibold">{t('makerTextEdit')}</summary>
        <p className="text-muted mt-1 text-sm">{t('makerTextEditHint')}</p>
        <label className="mt-2 flex flex-col gap-1 text-sm font-semibold">
          {t('makerTextLabel')}
          <textarea
            lang="vi"
            rows={12}
            value={text}
            onChange={(event) => change(event.target.value)}
            className="border-strong w-full rounded border p-2 font-normal"
          />
        </label>
        <div className="mt-2 flex flex-wrap gap-2">
          <button
            type="button"
            className={primaryButtonClass}
            disabled={isBusy || text === work.sourceText}
            onClick={() => void redraft()}
          >
            {isBusy ? t('makerDrafting') : t('makerRedraft')}
          </button>
          <button
            type="button"
            className={buttonClass}
            disabled={isBusy || text === work.sourceText}
            onClick={() => change(work.sourceText)}
          >
            {t('makerRedraftDrop')}
          </button>
        </div>
        {error && (
          <p
            role="alert"
            className="border-danger-edge bg-danger-soft text-danger-strong mt-2 rounded border p-2 text-sm"
          >
            {error}
          </p>
        )}
      </details>
    </div>
  )
}
