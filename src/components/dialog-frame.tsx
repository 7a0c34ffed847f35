import { type ReactNode, useEffect, useId, useRef } from 'react'
import { useI18n } from '../lib/i18n-context.ts'

type DialogFrameProps = {
  title: ReactNode
  /** Lines under the title (what the dialog is about, a link). */
  description?: ReactNode
  /** Width and height of the dialog, as Tailwind classes. */
  sizeClass: string
  /**
   * `top` for a dialog whose content grows as it loads: it grows downwards, so what is under a finger or the pointer
   * stays put (a centred one moves up as it grows, and a tap that lands as it moves misses). Centred by default.
   */
  placement?: 'center' | 'top'
  /** Absent: open for as long as the frame is mounted. */
  isOpen?: boolean
  /** The close button, Escape and the browser closing the dialog all end here. */
  onClose: () => void
  children: ReactNode
}

const placementClass = {
  center: 'm-auto',
  top: 'mx-auto mt-[4vh] mb-auto max-h-[92vh]',
} as const

const closeButtonClass =
  'shrink-0 rounded border border-rule bg-surface px-3 py-1 text-sm font-semibold text-fg hover:bg-hover'

/**
 * A modal dialog (native `<dialog>`: focus trapped inside, Escape closes, the page behind inert): the title,
 * a close button and the content. Focus goes back to what had it before the dialog opened.
 */
export function DialogFrame({
  title,
  description,
  sizeClass,
  placement = 'center',
  isOpen = true,
  onClose,
  children,
}: DialogFrameProps) {
  const { t } = useI18n()
  const titleId = useId()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const openerRef = useRef<HTMLElement | null>(null)

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (!isOpen) {
      if (dialog.open) dialog.close()
      return
    }
    if (!dialog.open) {
      openerRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
      dialog.showModal()
    }
    return () => {
      // Once React has settled: a frame that was unmounted or closed hands focus back to its opener.
      setTimeout(() => {
        const opener = openerRef.current
        if ((!dialog.isConnected || !dialog.open) && opener?.isConnected) opener.focus()
      })
    }
  }, [isOpen])

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      onClose={onClose}
      className={`backdrop:bg-fg/60 ${placementClass[placement]} rounded-xl p-0 shadow-2xl ${sizeClass}`}
    >
      <div className="flex h-full flex-col">
        <div className="border-grid flex items-start justify-between gap-3 border-b p-4">
          <div className="min-w-0">
            <h2 id={titleId} className="text-lg font-semibold">
              {title}
            </h2>
            {description}
          </div>
          <button type="button" onClick={onClose} className={closeButtonClass}>
            {t('close')}
          </button>
        </div>
        {children}
      </div>
    </dialog>
  )
}
