import type { Problem } from '../../dataset/problem.ts'
import { isError } from '../../dataset/problem.ts'
import { useI18n } from '../../lib/i18n-context.ts'

type ProblemListProps = {
  problems: readonly Problem[]
  okText?: string
  /** Inside a row the path says nothing new; elsewhere a field's name may replace it. */
  showPaths?: boolean
  labelOf?: (path: string) => string | undefined
}

/** The verifier's verdict where it applies: each problem in the reader's language, errors before warnings. */
export function ProblemList({ problems, okText, showPaths = true, labelOf }: ProblemListProps) {
  const { language } = useI18n()
  if (problems.length === 0) {
    return okText ? <p className="mt-2 text-sm font-semibold text-green-800">✓ {okText}</p> : null
  }
  const sorted = [...problems].sort((a, b) => Number(isError(b)) - Number(isError(a)))
  return (
    <ul className="mt-2 list-disc pl-5 text-sm">
      {sorted.map((problem, i) => (
        <li key={i} className={isError(problem) ? 'text-red-800' : 'text-amber-800'}>
          {showPaths && (
            <>
              <span className={labelOf?.(problem.path) ? 'font-semibold' : 'font-mono text-xs'}>
                {labelOf?.(problem.path) ?? problem.path}
              </span>
              :{' '}
            </>
          )}
          {problem[language]}
        </li>
      ))}
    </ul>
  )
}
