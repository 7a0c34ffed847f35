import { textWidth } from '../../model/measure-text.ts'

type WrappedLinesProps = {
  x: number
  y: number
  lines: string[]
  fontSize: number
  colour: string
  /** `end`: right-aligned and centred on y (an axis tick); `start`: left-aligned, the last line ending on y. */
  anchor: 'start' | 'end'
}

/** Lines of SVG text, one under the other. */
export function WrappedLines({ x, y, lines, fontSize, colour, anchor }: WrappedLinesProps) {
  const lineHeight = Math.round(fontSize * 1.2)
  const top =
    anchor === 'end' ? y - ((lines.length - 1) * lineHeight) / 2 : y - (lines.length - 1) * lineHeight
  const baseline = anchor === 'end' ? 'middle' : 'auto'
  return (
    <text x={x} y={top} textAnchor={anchor} fill={colour} fontSize={fontSize} dominantBaseline={baseline}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  )
}

/** A name cut into lines no wider than `width` in the app's font, at spaces; a longer word keeps a line of its own. */
export function wrapWords(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/u)) {
    if (line && textWidth(`${line} ${word}`, fontSize) > width) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(line)
  return lines
}
