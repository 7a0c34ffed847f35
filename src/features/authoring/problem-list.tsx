import { isError, type Problem } from '../../dataset/problem.ts'
import type { WorkProblem } from '../../draft/work-problems.ts'
import { useI18n } from '../../lib/i18n-context.ts'

type ProblemListProps = {
  problems: readonly (Problem | WorkProblem)[]
  okText?: string
  /** The list of all problems names what each is about ("447,229 tỷ đồng: chưa chọn đơn vị"). */
  showWhere?: boolean
}

/** Puts the cursor in the control that fixes a problem, scrolled into view. */
export function goToControl(id: string, tries = 10) {
  const control = document.getElementById(id)
  if (control) {
    control.scrollIntoView({ block: 'center' })
    control.focus({ preventScroll: true })
    return
  }
  // A row of a long report draws its fields as it comes near the screen: bring it there, then go on.
  const key = /^figure-(.+)-\w+$/u.exec(id)?.[1]
  const row = key ? document.querySelector(`fieldset[data-figure-key="${CSS.escape(key)}"]`) : null
  if (!row || tries === 0) return
  row.scrollIntoView({ block: 'center' })
  requestAnimationFrame(() => requestAnimationFrame(() => goToControl(id, tries - 1)))
}

/** The verdict where it applies: each problem in the reader's language, errors first, each a link to its control. */
export function ProblemList({ problems, okText, showWhere = false }: ProblemListProps) {
  const { language } = useI18n()
  if (problems.length === 0) {
    return okText ? <p className="text-success mt-2 text-sm font-semibold">✓ {okText}</p> : null
  }
  const sorted = [...problems].sort((a, b) => Number(isError(b)) - Number(isError(a)))
  return (
    <ul className="mt-2 list-disc pl-5 text-sm">
      {sorted.map((problem, i) => {
        const where = showWhere && 'where' in problem ? problem.where?.[language] : undefined
        const text = (
          <>
            {where && (
              <span lang="vi" className="font-semibold">
                {where}:{' '}
              </span>
            )}
            {problem[language]}
          </>
        )
        return (
          <li key={i} className={isError(problem) ? 'text-danger' : 'text-warning'}>
            {'control' in problem ? (
              <a
                href={`#${problem.control}`}
                className="underline underline-offset-2"
                onClick={(event) => {
                  event.preventDefault()
                  goToControl(problem.control)
                }}
              >
                {text}
              </a>
            ) : (
              text
            )}
          </li>
        )
      })}
    </ul>
  )
}
