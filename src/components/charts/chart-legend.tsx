import { useI18n } from '../../lib/i18n-context.ts'
import type { ViewSize } from '../views/view-size.ts'
import type { ChartConfig } from './chart-config.ts'

type ChartLegendProps = { config: ChartConfig; size: ViewSize }

const legendClass: Record<ViewSize, string> = {
  screen: 'gap-x-5 gap-y-1 text-sm',
  export: 'gap-x-6 text-[15px]',
}
const swatchClass: Record<ViewSize, string> = { screen: 'size-3.5', export: 'size-3.5' }

/** The named series of a chart, with the swatches its bars are drawn in. Read by eye: the summary says it. */
export function ChartLegend({ config, size }: ChartLegendProps) {
  const { t } = useI18n()
  return (
    <p className={`text-muted flex flex-wrap ${legendClass[size]}`} aria-hidden="true">
      {Object.entries(config).map(([key, series]) =>
        series.labelKey ? (
          <span key={key} className="flex items-center gap-[0.4em] whitespace-nowrap">
            <span
              className={`inline-block rounded-sm ${swatchClass[size]} ${series.isHatched ? 'border-2 bg-[repeating-linear-gradient(45deg,currentColor_0_3px,var(--color-lower-fill)_3px_6px)]' : ''}`}
              style={{
                backgroundColor: series.isHatched ? undefined : series.colour,
                color: series.colour,
                borderColor: series.colour,
              }}
            />
            {t(series.labelKey)}
          </span>
        ) : null,
      )}
    </p>
  )
}
