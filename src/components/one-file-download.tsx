import { useMutation } from '@tanstack/react-query'
import {
  type FirstScreenRenderer,
  OneFileError,
  type OneFileFault,
  oneFileName,
  writeOneFilePage,
} from '../data/one-file-page.ts'
import { isServed } from '../data/report-count.ts'
import type { Dataset } from '../dataset/schema.ts'
import { formatBytes } from '../lib/format.ts'
import { useI18n } from '../lib/i18n-context.ts'
import type { PlainMessageKey } from '../lib/messages.ts'
import { saveFile } from '../lib/save-file.ts'
import { buttonClass } from './controls.ts'

const faultMessages: Record<OneFileFault, PlainMessageKey> = {
  'one-file-local': 'oneFileLocal',
  'one-file-offline': 'oneFileOffline',
  'one-file-missing': 'oneFileMissing',
  'one-file-render': 'oneFileRender',
}

type OneFileDownloadProps = {
  /** The dataset and its report text, read when the person asks (a bundled one is fetched, a kept one read). */
  load: () => Promise<{ dataset: Dataset; sourceText: string | null }>
  render: FirstScreenRenderer
  /** Named in the button's accessible name where a list has one button per dataset. */
  title?: string
  /** The dataset cannot be made yet (the maker's work still has errors). */
  isDisabled?: boolean
}

/**
 * "Tải trang bảng chỉ số (.html)": the dashboard of one dataset as one self-contained file, to send to a colleague
 * or carry on a USB stick; says what it wrote, or in plain words why it could not.
 */
export function OneFileDownload({ load, render, title, isDisabled = false }: OneFileDownloadProps) {
  const { language, t } = useI18n()
  const writing = useMutation({
    mutationFn: async () => {
      if (!isServed()) throw new OneFileError('one-file-local')
      const { dataset, sourceText } = await load().catch(() => {
        throw new OneFileError('one-file-offline')
      })
      const blob = await writeOneFilePage(dataset, sourceText, render)
      const fileName = oneFileName(dataset)
      saveFile(blob, fileName)
      return { fileName, size: blob.size }
    },
  })
  const fault = writing.error instanceof OneFileError ? writing.error.fault : 'one-file-render'
  return (
    <span className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={buttonClass}
        disabled={isDisabled || writing.isPending}
        aria-label={title ? `${t('oneFileDownload')}: ${title}` : undefined}
        onClick={() => writing.mutate()}
      >
        {t('oneFileDownload')}
      </button>
      <span aria-live="polite" className="text-sm" data-testid="one-file-status">
        {writing.isPending
          ? t('oneFileWriting')
          : writing.isSuccess
            ? t('oneFileDone', {
                file: writing.data.fileName,
                size: formatBytes(writing.data.size, language),
              })
            : ''}
      </span>
      {writing.isError && (
        <span role="alert" className="text-danger-strong text-sm">
          {t(faultMessages[fault])}
        </span>
      )}
    </span>
  )
}
