import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { ErrorPanel } from '../../components/error-panel.tsx'
import { loadDatasetIndex } from '../../dataset/load-dataset.ts'
import { hasWorkInProgress } from '../../draft/work-store.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { describeError, openDatasetFiles } from './open-dataset-files.ts'
import { buttonClass } from './button-class.ts'
import { StoredDatasetList } from './stored-dataset-list.tsx'

type DatasetsDialogProps = {
  currentId: string | null
  /** Files dropped on the page before the dialog opened. */
  droppedFiles: File[] | null
  onOpen: (id: string | null) => void
  onClose: () => void
  /** Opens the dataset maker, to make a dataset from a report's text. */
  onCreate: () => void
}

/** The bundled datasets and the ones opened in this browser; open one from a file by picker or drop. */
export default function DatasetsDialog({
  currentId,
  droppedFiles,
  onOpen,
  onClose,
  onCreate,
}: DatasetsDialogProps) {
  const { language, t } = useI18n()
  const queryClient = useQueryClient()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const [error, setError] = useState<Error | null>(null)
  const [status, setStatus] = useState('')
  const [isDragging, setIsDragging] = useState(false)
  const [replacing, setReplacing] = useState<{ files: File[]; titles: string } | null>(null)
  const index = useQuery({ queryKey: ['dataset-index'], queryFn: ({ signal }) => loadDatasetIndex(signal) })
  const hasWork = useQuery({ queryKey: ['work-in-progress'], queryFn: hasWorkInProgress })

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  const open = async (files: File[], replace = false) => {
    setError(null)
    setStatus('')
    setReplacing(null)
    try {
      const { opened, failed, existing } = await openDatasetFiles(
        files,
        index.data?.datasets.map((d) => d.id) ?? [],
        replace,
      )
      if (existing.length > 0) {
        const names = new Set(existing.map((entry) => entry.fileName))
        const again = files.filter((file) => names.has(file.name) || /\.txt$/i.test(file.name))
        setReplacing({ files: again, titles: existing.map((entry) => `"${entry.title}"`).join(', ') })
      }
      await queryClient.invalidateQueries({ queryKey: ['stored-datasets'] })
      for (const result of opened) await queryClient.invalidateQueries({ queryKey: ['dataset', result.id] })
      const [first] = opened
      const [failure] = failed
      if (!first && failure && failed.length === 1) throw failure.error
      setStatus(
        [
          opened.length === 1 && first
            ? `${t('datasetOpened', { title: first.title })}${first.hasSource ? '' : ` ${t('noSourceText')}`}`
            : opened.length > 1
              ? t('openedSeveral', { opened: opened.map((result) => `"${result.title}"`).join(', ') })
              : '',
          ...failed.map(({ fileName, error }) =>
            t('leftOut', { file: fileName, reason: describeError(error, language) }),
          ),
        ]
          .filter(Boolean)
          .join(' '),
      )
      if (first && opened.length === 1 && failed.length === 0 && existing.length === 0) onOpen(first.id)
    } catch (caught) {
      setError(
        caught instanceof Error && caught.message === 'no-json'
          ? new Error(t('noJsonFile'))
          : (caught as Error),
      )
    }
  }

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- files dropped on the page are opened once on arrival
    if (droppedFiles) void open(droppedFiles)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [droppedFiles])

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby="datasets-title"
      onClose={onClose}
      className="m-auto w-[min(92vw,44rem)] rounded-xl p-0 shadow-2xl backdrop:bg-slate-900/50"
    >
      <div className="flex flex-col gap-4 p-5">
        <div className="flex items-start justify-between gap-3">
          <h2 id="datasets-title" className="text-lg font-semibold">
            {t('datasetsTitle')}
          </h2>
          <button type="button" className={buttonClass} onClick={onClose}>
            {t('close')}
          </button>
        </div>
        <div className="rounded-lg border border-blue-200 bg-blue-50 p-4 text-sm">
          <p className="mb-2">{t('createHint')}</p>
          <button type="button" className={buttonClass} onClick={onCreate}>
            {hasWork.data ? t('continueDraft') : t('createFromText')}
          </button>
        </div>
        <div
          data-testid="drop-zone"
          onDragOver={(event) => {
            event.preventDefault()
            setIsDragging(true)
          }}
          onDragLeave={() => setIsDragging(false)}
          onDrop={(event) => {
            event.preventDefault()
            setIsDragging(false)
            void open([...event.dataTransfer.files])
          }}
          className={`rounded-lg border-2 border-dashed p-4 text-sm ${isDragging ? 'border-blue-700 bg-blue-50' : 'border-slate-400'}`}
        >
          {t('dropHint')}{' '}
          <button type="button" className={buttonClass} onClick={() => inputRef.current?.click()}>
            {t('chooseFiles')}
          </button>
          <input
            ref={inputRef}
            type="file"
            multiple
            accept=".json,.txt,application/json,text/plain"
            className="sr-only"
            aria-label={t('chooseFiles')}
            onChange={(event) => void open([...(event.target.files ?? [])])}
          />
        </div>
        {error && <ErrorPanel error={error} language={language} t={t} />}
        {replacing && (
          <div
            role="alert"
            className="flex flex-wrap items-center gap-2 rounded border border-amber-400 bg-amber-50 p-2 text-sm"
          >
            {t('replaceQuestion', { titles: replacing.titles })}
            <button type="button" className={buttonClass} onClick={() => void open(replacing.files, true)}>
              {t('replaceYes')}
            </button>
            <button type="button" className={buttonClass} onClick={() => setReplacing(null)}>
              {t('removeNo')}
            </button>
          </div>
        )}
        <p role="status" className="text-sm text-slate-800">
          {status}
        </p>
        <section>
          <h3 className="font-semibold">{t('datasetsBundled')}</h3>
          <ul className="mt-1 divide-y divide-slate-200">
            {index.data?.datasets.map((entry, i) => (
              <li key={entry.id} className="flex items-center justify-between gap-2 py-2">
                <span>
                  {entry.title[language]}
                  {(currentId ?? index.data.datasets[0]?.id) === entry.id && i >= 0 && (
                    <span className="ml-2 text-sm text-slate-600">({t('datasetsCurrent')})</span>
                  )}
                </span>
                <button
                  type="button"
                  className={buttonClass}
                  onClick={() => onOpen(i === 0 ? null : entry.id)}
                >
                  {t('openDataset')}
                </button>
              </li>
            ))}
          </ul>
        </section>
        <StoredDatasetList currentId={currentId} onOpen={onOpen} />
      </div>
    </dialog>
  )
}
