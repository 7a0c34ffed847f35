import { useEffect, useState } from 'react'

/**
 * A long list shown by its first `size` items until the reader asks for all; printing shows all. Lists no
 * longer than `size` (or `size` + 2, not worth a button) are never folded.
 */
export function useFold<T>(items: T[], size: number) {
  const [isOpen, setIsOpen] = useState(false)
  const [isPrinting, setIsPrinting] = useState(false)
  useEffect(() => {
    const start = () => setIsPrinting(true)
    const end = () => setIsPrinting(false)
    window.addEventListener('beforeprint', start)
    window.addEventListener('afterprint', end)
    return () => {
      window.removeEventListener('beforeprint', start)
      window.removeEventListener('afterprint', end)
    }
  }, [])
  const isFoldable = items.length > size + 2
  const isFolded = isFoldable && !isOpen && !isPrinting
  return {
    shown: isFolded ? items.slice(0, size) : items,
    isFoldable,
    isOpen,
    toggle: () => setIsOpen(!isOpen),
  }
}

type FoldButtonProps = { isOpen: boolean; onToggle: () => void; openLabel: string; closeLabel: string }

/** "See all 25" under a folded list, "Show fewer" under an open one. */
export function FoldButton({ isOpen, onToggle, openLabel, closeLabel }: FoldButtonProps) {
  return (
    <button
      type="button"
      data-print="hidden"
      aria-expanded={isOpen}
      onClick={onToggle}
      className="border-rule bg-surface text-fg hover:bg-hover mt-3 rounded border px-3 py-1.5 text-sm"
    >
      {isOpen ? closeLabel : openLabel}
    </button>
  )
}
