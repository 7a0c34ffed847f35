import type { ReactNode } from 'react'
import type { Dataset } from '../../dataset/schema.ts'
import { formatDate } from '../../lib/format.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { placeLine, sourceLine } from '../../model/place-line.ts'
import { FitBox } from './fit-box.tsx'
import type { Background } from './rasterize.ts'

type ExportFrameProps = {
  dataset: Dataset
  title: string
  subtitle: string
  width: number
  /** Without it, the frame is as tall as its content at the frame's width (a long page). */
  height?: number | undefined
  background: Background
  exportedAt: Date
  /** The content carries its own title, source and export date (a slide): nothing is added around it. */
  isBare?: boolean
  children: ReactNode
}

const themes: Record<Background, string> = {
  white: 'bg-surface',
  transparent: 'bg-transparent',
  dark: 'theme-dark bg-surface',
}

/**
 * The fixed-size image an export produces: what it shows (title, unit and periods), the content scaled to
 * fit, and at the foot the source (publisher, report date) and the export date, so it stands on its own.
 */
export function ExportFrame(props: ExportFrameProps) {
  const { dataset, title, subtitle, width, height, background, exportedAt, isBare = false, children } = props
  const { language, t } = useI18n()
  const { report } = dataset
  const base = Math.max(16, Math.round(width / 64))
  if (isBare) {
    // A slide is 16:9 whatever size is asked: "a long page 1400 wide" is the slide 1400 wide.
    return (
      <div
        data-testid="export-frame"
        lang={language}
        className={`${themes[background]} text-fg flex flex-col`}
        style={{ width, height: height ?? Math.round((width * 9) / 16) }}
      >
        <FitBox>{children}</FitBox>
      </div>
    )
  }
  return (
    <div
      data-testid="export-frame"
      lang={language}
      className={`${themes[background]} text-fg flex flex-col`}
      style={{ width, height, padding: base * 2, fontSize: base }}
    >
      <div data-testid="export-title-band">
        <p className="text-accent font-semibold tracking-wide uppercase" style={{ fontSize: base * 0.9 }}>
          {placeLine(report, language, t)}
        </p>
        <p className="leading-tight font-semibold text-balance" style={{ fontSize: base * 2 }}>
          {title}
        </p>
        <p className="text-muted mt-1" style={{ fontSize: base * 1.15 }}>
          {subtitle}
        </p>
      </div>
      <div className={`mt-4 flex flex-col ${height === undefined ? 'flex-none' : 'min-h-0 flex-1'}`}>
        <FitBox isWidthOnly={height === undefined}>{children}</FitBox>
      </div>
      <div
        className="border-rule text-muted mt-4 flex flex-wrap justify-between gap-x-6 border-t pt-3"
        style={{ fontSize: base * 0.9 }}
      >
        <span className="min-w-0">
          {t('exportSourceLine', { source: sourceLine(report, language) })}
          {report.url && <span className="break-all"> · {report.url}</span>}
        </span>
        {/* The date is short: it keeps one line, and goes under the source as a whole where they do not fit side by side. */}
        <span className="shrink-0 whitespace-nowrap">
          {t('exportedOn', { date: formatDate(exportedAt.toISOString(), language) })}
        </span>
      </div>
    </div>
  )
}
