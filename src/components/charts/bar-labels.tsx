import type { LabelProps } from 'recharts'
import { chartTokens } from '../views/view-size.ts'
import type { ViewSize } from '../views/view-size.ts'

const textStyle = (size: ViewSize) =>
  ({ fill: 'var(--color-fg)', fontSize: chartTokens[size].labelSize, fontWeight: 600 }) as const

/** The value above a vertical bar, on one line (recharts would wrap it to the bar's width). */
function makeTopLabel(size: ViewSize) {
  return function TopLabel({ x, y, width, value }: LabelProps) {
    return (
      <text
        x={Number(x) + Number(width) / 2}
        y={Number(y) - chartTokens[size].labelGap}
        textAnchor="middle"
        {...textStyle(size)}
      >
        {value}
      </text>
    )
  }
}

/** The value after a horizontal bar. */
function makeEndLabel(size: ViewSize) {
  return function EndLabel({ x, y, width, height, value }: LabelProps) {
    return (
      <text
        x={Number(x) + Number(width) + chartTokens[size].labelGap}
        y={Number(y) + Number(height) / 2}
        dominantBaseline="middle"
        {...textStyle(size)}
      >
        {value}
      </text>
    )
  }
}

const topLabels = {
  screen: makeTopLabel('screen'),
  slide: makeTopLabel('slide'),
  export: makeTopLabel('export'),
}
const endLabels = {
  screen: makeEndLabel('screen'),
  slide: makeEndLabel('slide'),
  export: makeEndLabel('export'),
}

export const topLabel = (size: ViewSize) => topLabels[size]
export const endLabel = (size: ViewSize) => endLabels[size]
