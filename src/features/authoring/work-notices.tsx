import type { Work } from '../../draft/work.ts'
import type { StoreFault } from '../../lib/store-fault.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { saveFile } from '../../lib/save-file.ts'
import type { DraftHold } from './use-draft-lock.ts'
import { buttonClass } from '../../components/controls.ts'

type WorkNoticesProps = {
  work: Work | null
  fault: StoreFault | null
  hold: DraftHold
  onTakeOver: () => void
}

/** The draft as a file, to keep when the browser keeps nothing, and to open again from "Mở tệp". */
export function downloadWork(work: Work) {
  const name = work.sourceFile.replace(/\.vi\.txt$/u, '')
  saveFile(new Blob([JSON.stringify(work)], { type: 'application/json' }), `${name}_ban-nhap.json`)
}

/**
 * What holds of the work when the browser refuses to keep it, or when another tab edits it: said at once, with
 * the way out (keep it as a file; edit here instead).
 */
export function WorkNotices({ work, fault, hold, onTakeOver }: WorkNoticesProps) {
  const { t } = useI18n()
  return (
    <>
      {fault && (
        <div
          role="alert"
          className="border-danger-edge bg-danger-soft text-danger-strong rounded-lg border p-3"
        >
          <p>{t(fault === 'full' ? 'makerStoreFull' : 'makerStoreRefused')}</p>
          {work && (
            <button type="button" className={`${buttonClass} mt-2`} onClick={() => downloadWork(work)}>
              {t('makerDownloadWork')}
            </button>
          )}
        </div>
      )}
      {(hold === 'elsewhere' || hold === 'taken') && (
        // Kept in sight while the rows scroll: among them a click or a key does nothing, and this says why.
        <div
          role="alert"
          className="border-warning-line bg-warning-soft text-warning-strong sticky top-12 z-30 rounded-lg border p-3"
        >
          <p>{t(hold === 'taken' ? 'makerTakenElsewhere' : 'makerEditedElsewhere')}</p>
          <button type="button" className={`${buttonClass} mt-2`} onClick={onTakeOver}>
            {t('makerTakeOver')}
          </button>
        </div>
      )}
    </>
  )
}
