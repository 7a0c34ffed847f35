import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { DialogFrame } from '../../components/dialog-frame.tsx'
import { DatasetLoadError } from '../../dataset/load-error.ts'
import type { FirstScreenRenderer } from '../../data/one-file-page.ts'
import { ErrorPanel } from '../../components/error-panel.tsx'
import { hasWorkInProgress } from '../../draft/work-store.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { buttonClass } from '../../components/controls.ts'
import { BundledDatasetList } from './bundled-dataset-list.tsx'
import { FileDropZone } from './file-drop-zone.tsx'
import { openStatus, replacement } from './open-status.ts'
import { StorageLine } from './storage-line.tsx'
import { StoredDatasetList } from './stored-dataset-list.tsx'
import { useOpenFiles } from './use-open-files.ts'

type DatasetsDialogProps = {
  currentId: string | null
  /** Files dropped on the page before the dialog opened. */
  droppedFiles: File[] | null
  onOpen: (id: string | null) => void
  onClose: () => void
  /** Opens the dataset maker, to make a dataset from a report's text. */
  onCreate: () => void
  /** Draws a dataset's first screen for its one-file page: the app shell's, since features do not import it. */
  renderFirstScreen: FirstScreenRenderer
}

/** The bundled datasets and the ones opened in this browser; open one from a file by picker or drop. */
export default function DatasetsDialog({
  currentId,
  droppedFiles,
  onOpen,
  onClose,
  onCreate,
  renderFirstScreen,
}: DatasetsDialogProps) {
  const { language, t } = useI18n()
  const hasWork = useQuery({ queryKey: ['work-in-progress'], queryFn: hasWorkInProgress })
  const opening = useOpenFiles(onOpen)
  const { mutate } = opening
  const [dismissed, setDismissed] = useState<unknown>(null)
  const outcome = opening.data
  const replacing = outcome && outcome !== dismissed ? replacement(outcome, opening.variables.files) : null
  const error =
    opening.error?.message === 'no-json'
      ? new DatasetLoadError({ kind: 'no-json', url: '' })
      : (opening.error ?? undefined)

  // Files dropped on the page are opened once, on arrival (a development re-run of effects included).
  const droppedRef = useRef<File[] | null>(null)
  useEffect(() => {
    if (!droppedFiles || droppedRef.current === droppedFiles) return
    droppedRef.current = droppedFiles
    mutate({ files: droppedFiles })
  }, [droppedFiles, mutate])

  return (
    <DialogFrame title={t('datasetsTitle')} sizeClass="w-[min(92vw,44rem)]" placement="top" onClose={onClose}>
      <div className="flex flex-col gap-4 p-5">
        <div className="border-info-edge bg-info-soft rounded-lg border p-4 text-sm">
          <p className="mb-2">{t('createHint')}</p>
          <button type="button" className={buttonClass} onClick={onCreate}>
            {hasWork.data ? t('continueDraft') : t('createFromText')}
          </button>
        </div>
        <FileDropZone onFiles={(files) => mutate({ files })} />
        {error && <ErrorPanel error={error} language={language} t={t} />}
        {replacing && (
          <div
            role="alert"
            className="border-warning-line bg-warning-soft flex flex-wrap items-center gap-2 rounded border p-2 text-sm"
          >
            {t('replaceQuestion', { titles: replacing.titles })}
            <button
              type="button"
              className={buttonClass}
              onClick={() => mutate({ files: replacing.files, replace: true })}
            >
              {t('replaceYes')}
            </button>
            <button type="button" className={buttonClass} onClick={() => setDismissed(outcome)}>
              {t('removeNo')}
            </button>
          </div>
        )}
        <p role="status" className="text-fg text-sm">
          {outcome ? openStatus(outcome, language, t) : ''}
        </p>
        <BundledDatasetList currentId={currentId} onOpen={onOpen} renderFirstScreen={renderFirstScreen} />
        <StoredDatasetList currentId={currentId} onOpen={onOpen} renderFirstScreen={renderFirstScreen} />
        <StorageLine />
      </div>
    </DialogFrame>
  )
}
