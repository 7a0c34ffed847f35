import type { ReactNode } from 'react'
import { useI18n } from '../../lib/i18n-context.ts'
import { buttonClass } from '../../components/controls.ts'

type DatasetRowProps = {
  title: ReactNode
  isCurrent: boolean
  onOpen: () => void
  /** More actions beside "Open" (the one-file page, remove). */
  children?: ReactNode
}

/** One dataset in a list: its title, whether it is the one on screen, and a button to open it. */
export function DatasetRow({ title, isCurrent, onOpen, children }: DatasetRowProps) {
  const { t } = useI18n()
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 py-2">
      <span>
        {title}
        {isCurrent && <span className="text-muted ml-2 text-sm">({t('datasetsCurrent')})</span>}
      </span>
      <span className="flex flex-wrap items-center gap-2">
        <button type="button" className={buttonClass} onClick={onOpen}>
          {t('openDataset')}
        </button>
        {children}
      </span>
    </li>
  )
}
