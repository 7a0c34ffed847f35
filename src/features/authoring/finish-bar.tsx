import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { OneFileDownload } from '../../components/one-file-download.tsx'
import type { FirstScreenRenderer } from '../../data/one-file-page.ts'
import { isError } from '../../dataset/problem.ts'
import { datasetSchema } from '../../dataset/schema.ts'
import { buildDataset } from '../../draft/build-dataset.ts'
import type { Work } from '../../draft/work.ts'
import type { WorkProblems } from '../../draft/work-problems.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import type { StoreFault } from '../../lib/store-fault.ts'
import { goToControl, ProblemList } from './problem-list.tsx'
import { downloadDataset, downloadText, saveWorkInBrowser } from './save-work.ts'
import { buttonClass, primaryButtonClass } from '../../components/controls.ts'

type FinishBarProps = {
  work: Work
  /** The problems of the work as last checked. */
  problems: WorkProblems
  /** The work changed since: saving waits for its check. */
  isChecking: boolean
  onSaved: (id: string) => void
  /** Draws the dataset's first screen for its one-file page (the app shell's renderer). */
  renderFirstScreen: FirstScreenRenderer
}

/**
 * The verdict on the whole work, and the ways to finish: keep it in this browser, download the files, or download
 * its dashboard as one page to send.
 */
export function FinishBar({ work, problems, isChecking, onSaved, renderFirstScreen }: FinishBarProps) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const [question, setQuestion] = useState<'replace' | 'bundled' | null>(null)
  const [fault, setFault] = useState<StoreFault | null>(null)
  const hasErrors = problems.errorCount > 0
  const warnings = t('makerWarningCount', { count: problems.warningCount })

  const save = async (replace: boolean) => {
    const outcome = await saveWorkInBrowser(work, replace)
    setFault(outcome === 'full' || outcome === 'refused' ? outcome : null)
    if (outcome === 'full' || outcome === 'refused') {
      setQuestion(null)
      return
    }
    if (outcome !== 'saved') {
      setQuestion(outcome === 'exists' ? 'replace' : 'bundled')
      return
    }
    setQuestion(null)
    await queryClient.invalidateQueries({ queryKey: ['stored-datasets'] })
    await queryClient.invalidateQueries({ queryKey: ['dataset', work.id] })
    onSaved(work.id)
  }

  return (
    <section aria-labelledby="finish-section" className="border-grid flex flex-col gap-2 border-t pt-4">
      <h2 id="finish-section" className="sr-only">
        {t('makerSave')}
      </h2>
      <p role="status" className={hasErrors ? 'text-danger font-semibold' : 'text-success font-semibold'}>
        {hasErrors
          ? t('makerProblemsLeft', { errors: t('makerErrorCount', { count: problems.errorCount }), warnings })
          : t('makerNoProblems', { warnings })}
      </p>
      {problems.all.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold">{t('makerAllProblems')}</h3>
          <ProblemList problems={problems.all} showWhere />
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        {hasErrors && (
          <button
            type="button"
            className={buttonClass}
            onClick={() => {
              const first = problems.all.find(isError)
              if (first) goToControl(first.control)
            }}
          >
            {t('makerGoToError')}
          </button>
        )}
        <button
          type="button"
          className={primaryButtonClass}
          disabled={hasErrors || isChecking}
          onClick={() => void save(false)}
        >
          {t('makerSave')}
        </button>
        <button
          type="button"
          className={buttonClass}
          disabled={hasErrors || isChecking}
          onClick={() => downloadDataset(work)}
        >
          {t('makerDownloadJson')}
        </button>
        <button type="button" className={buttonClass} onClick={() => downloadText(work)}>
          {t('makerDownloadText')}
        </button>
        <OneFileDownload
          isDisabled={hasErrors || isChecking}
          load={() =>
            Promise.resolve({
              dataset: datasetSchema.parse(buildDataset(work).json),
              sourceText: work.sourceText,
            })
          }
          render={renderFirstScreen}
        />
      </div>
      {question === 'replace' && (
        <div
          role="alert"
          className="border-warning-line bg-warning-soft flex flex-wrap items-center gap-2 rounded border p-2"
        >
          {t('makerReplaceConfirm', { id: work.id })}
          <button type="button" className={buttonClass} onClick={() => void save(true)}>
            {t('makerConfirmYes')}
          </button>
          <button type="button" className={buttonClass} onClick={() => setQuestion(null)}>
            {t('makerConfirmNo')}
          </button>
        </div>
      )}
      {fault && (
        <p role="alert" className="border-danger-edge bg-danger-soft text-danger-strong rounded border p-2">
          {t(fault === 'full' ? 'makerSaveFull' : 'makerSaveRefused')}
        </p>
      )}
      {question === 'bundled' && (
        <p role="alert" className="border-danger-edge bg-danger-soft text-danger-strong rounded border p-2">
          {t('makerIdBundled', { id: work.id })}
        </p>
      )}
    </section>
  )
}
