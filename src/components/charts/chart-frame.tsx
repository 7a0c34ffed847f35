import type { ReactNode } from 'react'

type ChartFrameProps = {
  kind: string
  /** The width drawn for; without one the chart is drawn at `fallbackWidth` and scales to its box. */
  width: number | undefined
  fallbackWidth: number
  height: number
  children: (width: number) => ReactNode
}

/**
 * The SVG of a chart: plain elements, so the build prerenders it and it paints with the page. Read by eye;
 * the card around it gives its title, summary and table.
 */
export function ChartFrame({ kind, width, fallbackWidth, height, children }: ChartFrameProps) {
  const drawn = width ?? fallbackWidth
  return (
    <svg
      data-chart={kind}
      aria-hidden="true"
      width={drawn}
      height={height}
      viewBox={`0 0 ${drawn} ${height}`}
      // Until its box is measured (the prerendered page), the chart keeps its height and fits the box's
      // width, so nothing moves when it is drawn again for the measured width.
      style={{ display: 'block', width: width ? undefined : '100%', marginInline: 'auto' }}
      preserveAspectRatio="xMidYMid meet"
      className="overflow-visible"
    >
      {children(drawn)}
    </svg>
  )
}

type BarLabelProps = { x: number; y: number; fontSize: number; anchor: 'middle' | 'start'; children: string }

/** The value printed on a bar: above a vertical one, after a horizontal one. */
export function BarLabel({ x, y, fontSize, anchor, children }: BarLabelProps) {
  return (
    <text
      className="chart-bar-label"
      x={x}
      y={y}
      textAnchor={anchor}
      dominantBaseline={anchor === 'start' ? 'middle' : 'auto'}
      fill="var(--color-fg)"
      fontSize={fontSize}
      fontWeight={600}
    >
      {children}
    </text>
  )
}

/** The plotting area inside a chart's margins and axes. */
export type Plot = { left: number; right: number; top: number; bottom: number }

/** The axis lines: along the foot, and up the left unless the names stand above the bars there. */
export function AxisLines({ plot, hasLeft = true }: { plot: Plot; hasLeft?: boolean }) {
  return (
    <>
      {hasLeft && (
        <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} stroke="var(--color-muted)" />
      )}
      <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke="var(--color-muted)" />
    </>
  )
}

type GridTickProps = {
  /** The grid line across the plot. */
  line: { x1: number; x2: number; y1: number; y2: number }
  /** Where the tick's words stand: left of a vertical chart's plot, or under a horizontal one's. */
  at: { x: number; y: number; anchor: 'end' | 'middle' }
  fontSize: number
  children: string
}

/** A light grid line and the tick's words, as both charts draw them from their layout. */
export function GridTick({ line, at, fontSize, children }: GridTickProps) {
  return (
    <g>
      <line {...line} stroke="var(--color-grid)" />
      <text
        x={at.x}
        y={at.y}
        textAnchor={at.anchor}
        dominantBaseline={at.anchor === 'end' ? 'middle' : 'auto'}
        fill="var(--color-muted)"
        fontSize={fontSize}
      >
        {children}
      </text>
    </g>
  )
}
