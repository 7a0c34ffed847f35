import { useEffect, useMemo, useRef, useState } from 'react'
import type { Work } from '../../draft/work.ts'
import { slugify } from '../../draft/finish-draft.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { buttonClass, primaryButtonClass } from '../../components/controls.ts'
import { readReportFile } from './read-report-file.ts'
import { draftWork, failureMessage } from './draft-work.ts'
import { prepareDraft } from './run-draft.ts'
import { readStartText, writeStartText } from '../../draft/work-store.ts'
import { parseStoredWork } from '../../draft/work-schema.ts'
import { looksVietnamese } from '../../dataset/clean-text.ts'

type StartPanelProps = { onStart: (work: Work) => void }

/** "cam-lo-2025.vi.txt" from a file name, or one from the first words of a pasted text. */
function sourceFileName(fileName: string | null): string {
  const base = (fileName ?? '').replace(/(?:\.vi)?\.(?:txt|docx|html?)$/iu, '')
  return `${slugify(base, 12) || 'bao-cao'}.vi.txt`
}

/** A draft file as "Tải tệp bản nháp" wrote it, checked and migrated like the stored work; null if it is none. */
async function readWorkFile(file: File) {
  try {
    return parseStoredWork(JSON.parse(await file.text()))
  } catch {
    return null
  }
}

/** Paste a report or open a file; the draft is made in a worker, and any problem leaves the text as it was. */
export function StartPanel({ onStart }: StartPanelProps) {
  const { t } = useI18n()
  const [text, setText] = useState('')
  const [fileName, setFileName] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [isBusy, setIsBusy] = useState(false)
  // How far a long draft has read, and the way to stop it.
  const [progress, setProgress] = useState(0)
  const stopper = useRef<AbortController | null>(null)
  const isVietnamese = useMemo(() => looksVietnamese(text), [text])
  const inputRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    void readStartText().then((saved) => setText((current) => current || saved))
    // The draft's worker starts while the person pastes, so that the draft itself runs warm.
    prepareDraft()
  }, [])

  const changeText = (value: string) => {
    setText(value)
    void writeStartText(value)
  }

  const draft = async (raw: string, name: string | null) => {
    setError(null)
    setIsBusy(true)
    try {
      // A pasted text is named after its first line, its title.
      const firstLine = raw.trim().split('\n')[0]?.split(/\s+/u).slice(0, 8).join(' ') ?? null
      setProgress(0)
      const controller = (stopper.current = new AbortController())
      const work = await draftWork(
        raw,
        sourceFileName(name ?? firstLine),
        {},
        { signal: controller.signal, onProgress: setProgress },
      )
      if (work.figures.length === 0 && !work.scorecard) {
        setError(t('makerErrorNoNumbers'))
        return
      }
      onStart(work)
    } catch (caught) {
      setError(failureMessage(caught, t))
    } finally {
      setIsBusy(false)
    }
  }

  const open = async (file: File | undefined) => {
    if (!file) return
    setError(null)
    // A draft kept as a file when the browser would not keep it: opened as it was left.
    if (/\.json$/iu.test(file.name)) {
      const work = await readWorkFile(file)
      if (work) onStart(work)
      else setError(t('makerNotWork', { file: file.name }))
      return
    }
    try {
      const read = await readReportFile(file)
      setFileName(file.name)
      changeText(read)
      await draft(read, file.name)
    } catch (caught) {
      setError(failureMessage(caught, t))
    }
  }

  return (
    <section aria-labelledby="author-title" className="flex flex-col gap-3">
      <h1 id="author-title" className="text-2xl font-semibold">
        {t('makerTitle')}
      </h1>
      <p className="text-muted max-w-3xl">{t('makerIntro')}</p>
      <label className="flex flex-col gap-1 font-semibold" htmlFor="report-text">
        {t('makerPasteLabel')}
      </label>
      <textarea
        id="report-text"
        lang="vi"
        value={text}
        onChange={(event) => changeText(event.target.value)}
        rows={14}
        className="border-strong w-full rounded border p-2 font-normal"
      />
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={primaryButtonClass}
          disabled={isBusy}
          onClick={() => void draft(text, fileName)}
        >
          {isBusy ? t('makerDrafting') : t('makerMakeDraft')}
        </button>
        <button
          type="button"
          className={buttonClass}
          disabled={isBusy}
          onClick={() => inputRef.current?.click()}
        >
          {t('makerOpenFile')}
        </button>
        <input
          ref={inputRef}
          type="file"
          accept=".txt,.docx,.html,.htm,.json,text/plain,text/html,application/json"
          className="sr-only"
          aria-label={t('makerOpenFile')}
          onChange={(event) => {
            void open(event.target.files?.[0])
            event.target.value = ''
          }}
        />
      </div>
      {!isVietnamese && (
        <p
          role="status"
          className="border-warning-line bg-warning-soft text-warning-strong rounded-lg border p-3"
        >
          {t('makerNotVietnamese')}
        </p>
      )}
      {error && (
        <div
          role="alert"
          className="border-danger-edge bg-danger-soft text-danger-strong rounded-lg border p-3"
        >
          <p>{error}</p>
          {text && <p className="mt-1 text-sm">{t('makerTextKept')}</p>}
        </div>
      )}
      {isBusy && (
        <div className="flex flex-wrap items-center gap-3">
          <p role="status" className="text-muted">
            {progress > 0
              ? t('makerDraftingPercent', { percent: Math.round(progress * 100) })
              : t('makerDrafting')}
          </p>
          <button type="button" className={buttonClass} onClick={() => stopper.current?.abort()}>
            {t('makerStopDraft')}
          </button>
        </div>
      )}
    </section>
  )
}
