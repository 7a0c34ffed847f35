import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { PercentTargetRow } from '../../model/chart-rows.ts'
import { ChartLegend } from './chart-legend.tsx'
import { axisFormats } from '../../model/chart-rows.ts'
import { percentLegend } from './chart-config.ts'
import PercentTargetsChart from './percent-targets-chart.tsx'

const row = (name: string, value: number, better: 'higher' | 'lower' | 'neither'): PercentTargetRow => ({
  id: name,
  name,
  value,
  label: `${value}%`,
  isLowerBetter: better === 'lower',
  hasNoBetter: better === 'neither',
})

describe('the percent targets chart', () => {
  it('draws a share with no better way in slate, not the colour of "higher is better", and says so in its legend', () => {
    const rows = [
      row('Tỷ lệ trường đạt chuẩn', 90, 'higher'),
      row('Tỷ trọng kinh tế số trong GRDP', 12, 'neither'),
    ]
    const html = renderToStaticMarkup(
      <PercentTargetsChart rows={rows} formatTick={axisFormats('vi').percent} size="export" width={900} />,
    )
    const bars = [...html.matchAll(/<rect class="chart-bar"[^>]*fill="([^"]+)"/gu)].map((m) => m[1])
    expect(bars).toEqual(['var(--color-target)', 'var(--color-muted)'])
    expect(renderToStaticMarkup(<ChartLegend config={percentLegend(rows)} size="export" />)).toContain(
      'Không có chiều tốt hơn',
    )
    expect(
      renderToStaticMarkup(<ChartLegend config={percentLegend(rows.slice(0, 1))} size="export" />),
    ).not.toContain('Không có chiều tốt hơn')
  })
})
