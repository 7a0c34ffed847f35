import { useRef, useState } from 'react'
import { useI18n } from '../../lib/i18n-context.ts'
import { buttonClass } from '../../components/controls.ts'

type FileDropZoneProps = { onFiles: (files: File[]) => void }

/** Where dataset files are dropped, or chosen with the system's file picker. */
export function FileDropZone({ onFiles }: FileDropZoneProps) {
  const { t } = useI18n()
  const inputRef = useRef<HTMLInputElement>(null)
  const [isDragging, setIsDragging] = useState(false)
  return (
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
        onFiles([...event.dataTransfer.files])
      }}
      className={`rounded-lg border-2 border-dashed p-4 text-sm ${isDragging ? 'border-focus bg-info-soft' : 'border-strong'}`}
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
        onChange={(event) => onFiles([...(event.target.files ?? [])])}
      />
    </div>
  )
}
