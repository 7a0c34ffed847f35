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

  it('names in its legend only the kinds of bar it draws', () => {
    const only = (rows: PercentTargetRow[]) =>
      renderToStaticMarkup(<ChartLegend config={percentLegend(rows)} size="export" />)
    const neither = only([row('Tỷ trọng kinh tế số trong GRDP', 35, 'neither')])
    expect(neither).toContain('Không có chiều tốt hơn')
    expect(neither).not.toContain('Càng cao càng tốt')
    expect(neither).not.toContain('Càng thấp càng tốt')
    const higher = only([row('Tỷ lệ trường đạt chuẩn', 90, 'higher')])
    expect(higher).toContain('Càng cao càng tốt')
    expect(higher).not.toContain('Càng thấp càng tốt')
    expect(only([row('Tỷ lệ hộ nghèo', 2, 'lower')])).not.toContain('Càng cao càng tốt')
  })

  it('draws a range ("35–40%") as a bar to 35 outlined on to 40, its amount after the outline', () => {
    const range = { ...row('Tỷ trọng kinh tế số trong GRDP', 35, 'neither'), max: 40, label: '35–40%' }
    const html = renderToStaticMarkup(
      <PercentTargetsChart rows={[range]} formatTick={axisFormats('vi').percent} size="export" width={900} />,
    )
    const ticks = new Map(
      [...html.matchAll(/<text x="([\d.]+)"[^>]*>(\d+)%<\/text>/gu)].map((m) => [m[2], Number(m[1])]),
    )
    const [zero, hundred] = [ticks.get('0') ?? Number.NaN, ticks.get('100') ?? Number.NaN]
    const at = (value: number) => zero + ((hundred - zero) * value) / 100
    const bar = /<rect class="chart-bar" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/u.exec(html)
    expect(Number(bar?.[1]) + Number(bar?.[2])).toBeCloseTo(at(35), 0)
    const outline =
      /<rect class="chart-range" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"[^>]*fill="none"/u.exec(html)
    expect(Number(outline?.[1]) + Number(outline?.[2])).toBeCloseTo(at(40) - 1, 0)
    const label = /<text class="chart-bar-label" x="([\d.]+)"[^>]*>35–40%<\/text>/u.exec(html)
    expect(Number(label?.[1])).toBeGreaterThan(at(40))
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
