import { describe, expect, it } from 'vitest'
import { axisTicks, type BarSpec, type ColumnSpec, layoutBars, layoutColumns } from './chart-layout.ts'
import { axisFormats } from './chart-rows.ts'

const spec: ColumnSpec = {
  margin: { top: 28, right: 8, bottom: 4, left: 8 },
  axisWidth: 56,
  maxBar: 96,
  barShare: 0.8,
  nameHeight: 26,
  tickSize: 12,
  labelSize: 13,
  labelGap: 8,
}
const box = { width: 480, height: 260 }
const layoutOf = (values: number[]) =>
  layoutColumns(values, axisTicks(values, axisFormats('vi').compact), box, spec)

describe('layoutColumns', () => {
  it('stands a positive pair on zero at the plot’s foot, the taller value higher, each label above its bar', () => {
    const { zero, plot, columns } = layoutOf([447.229, 702.2])
    expect(zero).toBeCloseTo(plot.bottom)
    const [actual, target] = columns
    expect(actual!.y + actual!.h).toBeCloseTo(zero)
    expect(target!.y).toBeLessThan(actual!.y)
    for (const column of columns) expect(column.labelBaseline).toBeLessThan(column.y)
  })

  it('hangs a fall below zero, its label under it, with ticks below zero in the language’s words', () => {
    const values = [-2.5, 6]
    const ticks = axisTicks(values, axisFormats('vi').compact)
    expect(ticks.labels).toEqual(['−2,5', '0', '2,5', '5', '7,5'])
    const { zero, plot, columns } = layoutColumns(values, ticks, box, spec)
    expect(zero).toBeGreaterThan(plot.top)
    expect(zero).toBeLessThan(plot.bottom)
    const [fall, rise] = columns
    expect(fall!.y).toBeCloseTo(zero)
    expect(fall!.h).toBeGreaterThan(10)
    expect(fall!.labelBaseline).toBeGreaterThan(fall!.y + fall!.h)
    expect(rise!.y + rise!.h).toBeCloseTo(zero)
    // 2,5 below zero and 6 above it, as drawn to one scale.
    expect(fall!.h / rise!.h).toBeCloseTo(2.5 / 6, 1)
  })

  it('draws a range target as a column to the amount it promises and an outline on to its top, its amount above', () => {
    // A result of 8,5% beside a plan of 8,5–9%: the axis reaches 9, the plan's bar ends at 8,5, its outline at 9.
    const ticks = axisTicks([8.5, 8.5, 9], axisFormats('vi').compact)
    const { columns, ticks: placed } = layoutColumns([8.5, 8.5], ticks, box, spec, [undefined, 9])
    const y = (value: number) => {
      const [first, second] = placed
      return first!.y + ((second!.y - first!.y) * (value - first!.value)) / (second!.value - first!.value)
    }
    const [result, plan] = columns
    expect(result!.rangeH).toBe(0)
    expect(plan!.y).toBeCloseTo(y(8.5))
    expect(plan!.y - plan!.rangeH).toBeCloseTo(y(9))
    expect(plan!.labelBaseline).toBeLessThan(plan!.y - plan!.rangeH)
    expect(result!.labelBaseline).toBeGreaterThan(plan!.labelBaseline)
  })

  it('keeps a zero as a sliver with its label, and widens the axis for long tick words', () => {
    const [nothing] = layoutOf([0, 50]).columns
    expect(nothing!.h).toBe(2)
    const narrow = layoutOf([5, 9])
    const wide = layoutColumns(
      [5_000_000, 9_000_000],
      axisTicks([5_000_000, 9_000_000], axisFormats('en').compact),
      box,
      spec,
    )
    expect(wide.plot.left).toBeGreaterThan(narrow.plot.left)
  })
})

describe('layoutBars', () => {
  const barSpec: BarSpec = {
    margin: { top: 0, right: 90, bottom: 0, left: 0 },
    nameWidth: 300,
    nameGap: 12,
    maxBar: 26,
    barShare: 0.6,
    axisHeight: 22,
    nameSize: 17,
    tickSize: 17,
    labelGap: 6,
  }
  const ticks = { values: [0, 25, 50, 75, 100], labels: ['0%', '25%', '50%', '75%', '100%'] }
  // Nine shares of a fictional city's economy, most named over two lines, on a slide's fixed height.
  const names = [
    'Tỷ lệ lao động qua đào tạo',
    'Tỷ lệ nước thải sinh hoạt đô thị được thu gom',
    'Tỷ lệ nước thải công nghiệp được thu gom và xử lý',
    'Tỷ trọng dịch vụ trong cơ cấu kinh tế',
    'Tỷ trọng công nghiệp - xây dựng trong cơ cấu kinh tế',
    'Tỷ trọng nông nghiệp trong cơ cấu kinh tế',
    'Tỷ trọng thuế sản phẩm trừ trợ cấp sản phẩm trong cơ cấu kinh tế',
    'Tỷ trọng vốn ngân sách nhà nước trong tổng vốn đầu tư',
    'Tỷ lệ tăng tự nhiên',
  ]
  const rows = names.map((name, i) => ({ name, value: 10 * (i + 1) }))
  /** Each name's lines, from the top of the first to the foot of the last. */
  const extents = (layout: ReturnType<typeof layoutBars>) =>
    layout.bars.map((bar) => ({
      top: bar.nameBaseline - layout.nameSize,
      bottom: bar.nameBaseline + (bar.nameLines.length - 1) * layout.lineHeight + layout.nameSize * 0.25,
    }))

  it('steps the names down where their lines would run into the next bar’s, and keeps their size where there is room', () => {
    const tight = layoutBars(rows, ticks, { width: 830, height: 330 }, barSpec)
    expect(tight.nameSize).toBeLessThan(17)
    const spans = extents(tight)
    for (let i = 1; i < spans.length; i += 1) expect(spans[i]!.top).toBeGreaterThan(spans[i - 1]!.bottom)
    expect(layoutBars(rows, ticks, { width: 830, height: 900 }, barSpec).nameSize).toBe(17)
  })
})
