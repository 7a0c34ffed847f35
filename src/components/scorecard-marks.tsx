type ScorecardMarksProps = { achieved: number; total: number; label: string; size?: number }

/** One mark per main indicator: filled for the number achieved, open for the rest. Order carries no meaning. */
export function ScorecardMarks({ achieved, total, label, size = 22 }: ScorecardMarksProps) {
  const gap = Math.round(size * 0.27)
  const perRow = Math.min(total, 7)
  const rows = Math.ceil(total / perRow)
  const width = perRow * size + (perRow - 1) * gap
  const height = rows * size + (rows - 1) * gap
  const strokeWidth = Math.max(3, size / 8)
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`-2 -2 ${width + 4} ${height + 4}`}
      width={width + 4}
      height={height + 4}
      className="max-w-full"
    >
      {Array.from({ length: total }, (_, i) => (
        <circle
          key={i}
          data-mark={i < achieved ? 'filled' : 'open'}
          cx={(i % perRow) * (size + gap) + size / 2}
          cy={Math.floor(i / perRow) * (size + gap) + size / 2}
          r={size / 2 - strokeWidth / 2}
          fill={i < achieved ? 'var(--color-actual)' : 'var(--color-surface)'}
          stroke="var(--color-actual)"
          strokeWidth={strokeWidth}
        />
      ))}
    </svg>
  )
}
