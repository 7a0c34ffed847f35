import { describe, expect, it } from 'vitest'
import { axisTicks, type ColumnSpec, layoutColumns } from './chart-layout.ts'
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
