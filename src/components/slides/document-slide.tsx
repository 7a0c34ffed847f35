import { useMemo } from 'react'
import { type DocumentSlide, page, type Tone } from '../../model/slide-document/marks.ts'
import { type Paint, paintSlide } from '../../model/slide-document/paint.ts'

const colour = (tone: Tone) => `var(--color-${tone})`
const anchors = { left: 'start', center: 'middle', right: 'end' } as const

function PaintView({ paint }: { paint: Paint }) {
  switch (paint.kind) {
    case 'text':
      return (
        <text
          x={paint.x}
          y={paint.baseline}
          fontSize={paint.size}
          fontWeight={paint.isBold ? 600 : 400}
          textAnchor={anchors[paint.align]}
          fill={colour(paint.tone)}
          // The slide's title is its heading, for a screen reader as for the eye.
          role={paint.part === 'title' ? 'heading' : undefined}
          aria-level={paint.part === 'title' ? 2 : undefined}
          className={paint.part === 'bar-label' ? 'chart-bar-label' : undefined}
        >
          {/* A space after each line keeps the words of two lines apart in the slide's text. */}
          {`${paint.text} `}
        </text>
      )
    case 'box':
      return (
        <rect
          x={paint.x}
          y={paint.y}
          width={paint.w}
          height={paint.h}
          fill={paint.fill ? colour(paint.fill) : 'none'}
          stroke={paint.stroke ? colour(paint.stroke) : undefined}
          strokeWidth={paint.stroke ? (paint.lineWidth ?? 1) : undefined}
          strokeDasharray={paint.dash?.join(' ')}
          className={paint.part === 'bar' ? 'chart-bar' : undefined}
        />
      )
    case 'line':
      return (
        <line
          x1={paint.x1}
          y1={paint.y1}
          x2={paint.x2}
          y2={paint.y2}
          stroke={colour(paint.tone)}
          strokeWidth={paint.width}
          data-zero-line={paint.part === 'zero' ? '' : undefined}
        />
      )
    case 'circle':
      return (
        <circle
          cx={paint.cx}
          cy={paint.cy}
          r={paint.r}
          fill={colour(paint.fill)}
          stroke={colour(paint.stroke)}
          strokeWidth={paint.width}
        />
      )
  }
}

/**
 * A slide as its document lays it out (model/slide-document/), painted as SVG on the 960 × 540 page and scaled to
 * the stage: the same words in the same places as the PDF and the .pptx.
 */
export function DocumentSlideView({ slide }: { slide: DocumentSlide }) {
  const paints = useMemo(() => paintSlide(slide), [slide])
  const isFooter = (paint: Paint) => paint.kind === 'text' && paint.part === 'footer'
  return (
    <svg
      viewBox={`0 0 ${page.width} ${page.height}`}
      // Letters at their own advance widths, as the layout measured them and the PDF sets them.
      className="block size-full [font-kerning:none] [font-variant-ligatures:none]"
      data-testid="slide-document"
    >
      {paints.map((paint, i) => (isFooter(paint) ? null : <PaintView key={i} paint={paint} />))}
      <g data-testid="slide-footer">
        {paints.map((paint, i) => (isFooter(paint) ? <PaintView key={i} paint={paint} /> : null))}
      </g>
    </svg>
  )
}
