import { describe, expect, it } from 'vitest'
import type { ChartMark } from './marks.ts'
import { paintChart } from './paint-chart.ts'
import type { BoxPaint, Paint } from './primitives.ts'

// Two percent targets of a fictional city on a slide: one a range, one a single amount.
const chart: ChartMark = {
  kind: 'chart',
  x: 0,
  y: 0,
  w: 800,
  h: 300,
  direction: 'bar',
  axisTitle: '%',
  ticks: [0, 25, 50, 75, 100],
  tickLabels: ['0%', '25%', '50%', '75%', '100%'],
  bars: [
    { category: 'Tỷ trọng kinh tế số', value: 35, max: 40, label: '35–40%', style: 'neither' },
    { category: 'Tỷ lệ trường đạt chuẩn', value: 90, label: '90%', style: 'higher' },
  ],
}
const isBox = (paint: Paint): paint is BoxPaint => paint.kind === 'box'

describe('a slide’s percent chart', () => {
  it('draws a range as a bar to its lower end and an outline on to its top, its amount after the outline', () => {
    const paints = paintChart(chart)
    const ticks = new Map(
      paints.flatMap((paint) => (paint.kind === 'text' ? [[paint.text, paint.x] as const] : [])),
    )
    const at = (value: number) => ticks.get('0%')! + ((ticks.get('100%')! - ticks.get('0%')!) * value) / 100
    const bars = paints.filter((paint) => isBox(paint) && paint.part === 'bar') as BoxPaint[]
    expect(bars.map((bar) => Math.round(bar.x + bar.w))).toEqual([Math.round(at(35)), Math.round(at(90))])
    const outlines = paints.filter((paint) => isBox(paint) && paint.stroke === 'muted' && !paint.fill)
    expect(outlines).toHaveLength(1)
    const [outline] = outlines as BoxPaint[]
    expect(outline!.x).toBeCloseTo(at(35))
    expect(outline!.x + outline!.w).toBeCloseTo(at(40))
    const label = paints.find((paint) => paint.kind === 'text' && paint.text === '35–40%')
    expect(label?.kind === 'text' && label.x).toBeGreaterThan(at(40))
  })
})

describe('a slide’s result against its plan', () => {
  it('draws a plan that is a range as a column to its lower end and an outline on to its top', () => {
    // A fictional province's growth: 8,5% reached against a plan of 8,5–9%.
    const columns: ChartMark = {
      kind: 'chart',
      x: 0,
      y: 0,
      w: 500,
      h: 300,
      direction: 'column',
      axisTitle: '%',
      ticks: [0, 2.5, 5, 7.5, 10],
      tickLabels: ['0', '2,5', '5', '7,5', '10'],
      bars: [
        { category: 'Thực hiện 2025', value: 8.5, label: 'ước 8,5%', style: 'actual' },
        { category: 'Chỉ tiêu 2025', value: 8.5, max: 9, label: '8,5–9%', style: 'target' },
      ],
    }
    const paints = paintChart(columns)
    const bars = paints.filter((paint) => isBox(paint) && paint.part === 'bar') as BoxPaint[]
    expect(bars).toHaveLength(2)
    expect(bars[0]!.y).toBeCloseTo(bars[1]!.y)
    const outlines = paints.filter(
      (paint) => isBox(paint) && paint.stroke === 'target' && !paint.fill,
    ) as BoxPaint[]
    expect(outlines).toHaveLength(1)
    expect(outlines[0]!.y + outlines[0]!.h).toBeCloseTo(bars[1]!.y)
    // Both columns stand on zero to 8,5: the outline runs half a unit more, to 9.
    expect(outlines[0]!.h).toBeCloseTo((bars[1]!.h / 8.5) * 0.5)
    const label = paints.find((paint) => paint.kind === 'text' && paint.text === '8,5–9%')
    expect(label?.kind === 'text' && label.baseline).toBeLessThan(outlines[0]!.y)
  })
})
