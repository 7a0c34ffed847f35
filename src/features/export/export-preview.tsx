import { type RefObject, useState } from 'react'
import type { Dataset } from '../../dataset/schema.ts'
import { formatDate } from '../../lib/format.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { type ExportItem, presets } from '../../model/export-items.ts'
import type { ImageOptions } from './export-files.ts'
import { ExportFrame } from './export-frame.tsx'
import { ExportItemBody } from './export-item-body.tsx'

type ExportPreviewProps = {
  dataset: Dataset
  item: ExportItem
  options: ImageOptions
  /** Holds the frame that is pictured. */
  frameRef: RefObject<HTMLDivElement | null>
}

/** The item at the exact size it is exported, on a checkerboard so a transparent background shows. */
export function ExportPreview({ dataset, item, options, frameRef }: ExportPreviewProps) {
  const { language, t } = useI18n()
  // One date for the whole time the dialog is open, so each export of it says the same.
  const [exportedAt] = useState(() => new Date())
  const { width, height } = presets[options.preset]
  return (
    <div
      className="min-h-0 flex-1 overflow-auto bg-[repeating-conic-gradient(#e2e8f0_0_25%,#f8fafc_0_50%)] bg-size-[24px_24px] p-4"
      tabIndex={0}
      aria-label={t('exportPreview')}
    >
      <div ref={frameRef} className="w-max">
        <ExportFrame
          dataset={dataset}
          title={item.title}
          subtitle={item.subtitle}
          width={width}
          height={height}
          background={options.background}
          exportedAt={exportedAt}
          isBare={item.kind === 'slide'}
        >
          <ExportItemBody
            dataset={dataset}
            item={item}
            note={t('exportedOnShort', { date: formatDate(exportedAt.toISOString(), language) })}
          />
        </ExportFrame>
      </div>
    </div>
  )
}
