import { type ReactNode, useEffect, useId, useRef, useState } from 'react'
import { useI18n } from '../lib/i18n-context.ts'

type HeaderMenuProps = {
  /** What the menu holds; `close` is for links and buttons that should fold the menu once used. */
  children: (close: () => void) => ReactNode
}

/**
 * On a phone, the header's less frequent actions fold into one button: a disclosure that opens a panel
 * under the header, and closes with Escape, a click outside, once something in it is used, or when the
 * keyboard's focus leaves it (so Tab never walks on under the open panel).
 */
export function HeaderMenu({ children }: HeaderMenuProps) {
  const { t } = useI18n()
  const [isOpen, setIsOpen] = useState(false)
  const panelId = useId()
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!isOpen) return
    const handleKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      setIsOpen(false)
      buttonRef.current?.focus()
    }
    const handlePointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setIsOpen(false)
    }
    document.addEventListener('keydown', handleKey)
    document.addEventListener('pointerdown', handlePointer)
    return () => {
      document.removeEventListener('keydown', handleKey)
      document.removeEventListener('pointerdown', handlePointer)
    }
  }, [isOpen])

  return (
    <div
      ref={rootRef}
      className="lg:hidden"
      onBlur={(event) => {
        if (!(event.relatedTarget instanceof Node) || !rootRef.current?.contains(event.relatedTarget))
          setIsOpen(false)
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        className="border-rule bg-surface hover:bg-hover aria-expanded:bg-grid flex items-center gap-1 rounded border px-2 py-1 text-sm"
        onClick={() => setIsOpen(!isOpen)}
      >
        <span aria-hidden="true">☰</span>
        {t('menu')}
      </button>
      <div
        id={panelId}
        hidden={!isOpen}
        className="border-grid bg-surface absolute inset-x-0 top-full max-h-[calc(100dvh-4rem)] overflow-y-auto border-b px-4 py-3 shadow-lg"
      >
        {isOpen && children(() => setIsOpen(false))}
      </div>
    </div>
  )
}
