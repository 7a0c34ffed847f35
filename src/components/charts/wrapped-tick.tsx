type WrappedTickProps = {
  x?: number
  y?: number
  payload?: { value: string }
  width: number
  fontSize?: number
  /** Named `colour`, not `fill`: recharts passes its own `fill` to custom ticks. */
  colour?: string
}

/** A category label broken into lines that fit `width`, so long Vietnamese names wrap instead of clipping. */
export function WrappedTick({
  x = 0,
  y = 0,
  payload,
  width,
  fontSize = 12,
  colour = 'var(--chart-muted)',
}: WrappedTickProps) {
  const lineHeight = fontSize * 1.2
  // Be Vietnam Pro averages a little over half an em per character.
  const lines = wrapWords(payload?.value ?? '', Math.max(8, Math.floor(width / (fontSize * 0.56))))
  const top = y - ((lines.length - 1) * lineHeight) / 2
  return (
    <text x={x - 4} y={top} textAnchor="end" fill={colour} fontSize={fontSize} dominantBaseline="middle">
      {lines.map((line, i) => (
        <tspan key={i} x={x - 4} dy={i === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  )
}

export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(line)
  return lines
}
