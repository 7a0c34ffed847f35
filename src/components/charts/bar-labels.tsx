import type { LabelProps } from 'recharts'

const style = { fill: 'var(--chart-fg)', fontSize: 13, fontWeight: 600 } as const

/** The value above a vertical bar, on one line (recharts would wrap it to the bar's width). */
export function TopLabel({ x, y, width, value }: LabelProps) {
  return (
    <text x={Number(x) + Number(width) / 2} y={Number(y) - 8} textAnchor="middle" {...style}>
      {value}
    </text>
  )
}

/** The value after a horizontal bar. */
export function EndLabel({ x, y, width, height, value }: LabelProps) {
  return (
    <text
      x={Number(x) + Number(width) + 6}
      y={Number(y) + Number(height) / 2}
      dominantBaseline="middle"
      {...style}
    >
      {value}
    </text>
  )
}
