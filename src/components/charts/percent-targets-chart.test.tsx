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

  it('on a phone, keeps a name wrapped above its bar inside the chart, its first line under the top', () => {
    const rows = [
      row('Tỷ lệ tổ chức cơ sở đảng và đảng viên được xếp loại hoàn thành tốt nhiệm vụ', 90, 'higher'),
      row('Tỷ lệ đô thị hóa', 45, 'higher'),
    ]
    const html = renderToStaticMarkup(
      <PercentTargetsChart rows={rows} formatTick={axisFormats('vi').percent} size="screen" width={390} />,
    )
    const firstName =
      /<text x="[^"]+" y="([^"]+)"[^>]*font-size="(\d+)">((?:<tspan[^>]*>[^<]*<\/tspan>)+)<\/text>/u.exec(
        html,
      )
    expect(firstName?.[3]?.match(/<tspan/gu)?.length).toBeGreaterThan(1)
    // The first line's top (its baseline less the font's size) is inside the drawing.
    expect(Number(firstName?.[1]) - Number(firstName?.[2])).toBeGreaterThanOrEqual(0)
  })
})
