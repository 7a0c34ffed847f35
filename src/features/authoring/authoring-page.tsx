import './maker-messages.ts'
import type { ReactNode } from 'react'
import type { FirstScreenRenderer } from '../../data/one-file-page.ts'
import type { Dataset } from '../../dataset/schema.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { ReviewPanel } from './review-panel.tsx'
import { buttonClass } from '../../components/controls.ts'
import { StartPanel } from './start-panel.tsx'
import { useWork } from './use-work.ts'
import { WorkNotices } from './work-notices.tsx'
import { clearWork } from '../../draft/work-store.ts'

type AuthoringPageProps = {
  onSaved: (id: string) => void
  onBack: () => void
  /** The dashboard, drawn by the app shell: features do not import each other. */
  renderPreview: (dataset: Dataset) => ReactNode
  /** Draws a dataset's first screen for its one-file page (the app shell's renderer). */
  renderFirstScreen: FirstScreenRenderer
}

/** The dataset maker: from a report's text to a verified dataset, kept in this browser as it is made. */
export default function AuthoringPage({
  onSaved,
  onBack,
  renderPreview,
  renderFirstScreen,
}: AuthoringPageProps) {
  const { t } = useI18n()
  const { work, isLoaded, fault, hold, takeOver, canUndo, canRedo, dispatch, start, undo, redo } = useWork()
  if (!isLoaded) return <p role="status">{t('makerDrafting')}</p>
  return (
    <main id="main" className="flex flex-col gap-4">
      <div>
        <button type="button" className={buttonClass} onClick={onBack}>
          ← {t('makerBack')}
        </button>
      </div>
      <WorkNotices work={work} fault={fault} hold={hold} onTakeOver={takeOver} />
      {/* In a tab that does not edit the draft, every control is disabled: it is shown, never changed. */}
      <fieldset disabled={hold === 'elsewhere' || hold === 'taken'} className="contents">
        {work ? (
          <ReviewPanel
            work={work}
            dispatch={dispatch}
            undo={undo}
            redo={redo}
            canUndo={canUndo}
            canRedo={canRedo}
            onDiscard={() => start(null)}
            onSaved={(id) => {
              // Saved as a dataset: the work in progress is done, and the maker starts afresh next time.
              void clearWork().then(() => onSaved(id))
            }}
            renderPreview={renderPreview}
            renderFirstScreen={renderFirstScreen}
          />
        ) : (
          <StartPanel onStart={start} />
        )}
      </fieldset>
    </main>
  )
}
