import type { Problem } from '../../dataset/problem.ts'
import { isError } from '../../dataset/problem.ts'
import { useI18n } from '../../lib/i18n-context.ts'

type ProblemListProps = { problems: readonly Problem[]; okText?: string }

/** The verifier's verdict where it applies: each problem in the reader's language, errors before warnings. */
export function ProblemList({ problems, okText }: ProblemListProps) {
  const { language } = useI18n()
  if (problems.length === 0) {
    return okText ? <p className="mt-2 text-sm font-semibold text-green-800">✓ {okText}</p> : null
  }
  const sorted = [...problems].sort((a, b) => Number(isError(b)) - Number(isError(a)))
  return (
    <ul className="mt-2 list-disc pl-5 text-sm">
      {sorted.map((problem, i) => (
        <li key={i} className={isError(problem) ? 'text-red-800' : 'text-amber-800'}>
          <span className="font-mono text-xs">{problem.path}</span>: {problem[language]}
        </li>
      ))}
    </ul>
  )
}
