import type { ReactElement } from 'react'
import { ResponsiveContainer } from 'recharts'

type SizedChartProps = { width: number | undefined; height: number; children: ReactElement }

/** A chart at the fixed width given (exports, measured cards), or filling its container's width. */
export function SizedChart({ width, height, children }: SizedChartProps) {
  if (width) return children
  return (
    <ResponsiveContainer width="100%" height={height}>
      {children}
    </ResponsiveContainer>
  )
}
