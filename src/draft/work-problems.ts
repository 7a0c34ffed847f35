import { isError, type Problem } from '../dataset/problem.ts'
import { verifyDataset } from '../dataset/verify.ts'
import { buildDataset } from './build-dataset.ts'
import { indicatorNames, type Work } from './work.ts'

export type WorkProblems = {
  /** By figure key. */
  figures: Map<string, Problem[]>
  /** By indicator name. */
  indicators: Map<string, Problem[]>
  /** The report's details, the scorecard and anything else. */
  other: Problem[]
  errorCount: number
  warningCount: number
}

/** What a person has to do, in words, where the schema's own message names a type or an enum. */
const choices: readonly [RegExp, Problem['vi'], Problem['en']][] = [
  [/\.field$/u, 'chọn lĩnh vực', 'choose a field'],
  [/\.better$/u, 'chọn hướng tốt', 'choose the better direction'],
  [/\.unit$/u, 'chọn đơn vị', 'choose a unit'],
  [/^figures$/u, 'chưa nhận số liệu nào: nhận ít nhất một số', 'no figure accepted yet: accept at least one'],
  [/\.(?:vi|title|quote|Quote)$|Quote$/u, 'chưa điền', 'not filled in'],
]

function plain(problem: Problem): Problem {
  const isSchemaWording = /Tùy chọn không hợp lệ|Quá nhỏ|Đầu vào không hợp lệ|thiếu trường|mong đợi/u.test(
    problem.vi,
  )
  if (!isSchemaWording) return problem
  const choice = choices.find(([path]) => path.test(problem.path))
  return choice ? { ...problem, vi: choice[1], en: choice[2] } : problem
}

const add = (map: Map<string, Problem[]>, key: string, problem: Problem) =>
  map.set(key, [...(map.get(key) ?? []), problem])

/** The verifier's verdict on the work, each problem placed at the row or section it is about. */
export function workProblems(work: Work): WorkProblems {
  const { json, figureKeys } = buildDataset(work)
  const problems = verifyDataset(json, work.sourceText).map(plain)
  const names = indicatorNames(work)
  const figures = new Map<string, Problem[]>()
  const indicators = new Map<string, Problem[]>()
  const other: Problem[] = []
  for (const problem of problems) {
    const figureIndex = /^figures\.(\d+)/u.exec(problem.path)?.[1]
    const figureKey = figureIndex === undefined ? undefined : figureKeys[Number(figureIndex)]
    const indicatorIndex = /^indicators\.(\d+)/u.exec(problem.path)?.[1]
    const indicator = indicatorIndex === undefined ? undefined : names[Number(indicatorIndex)]
    const targetCount = problem.path.startsWith('targetCount') ? work.targetCount?.key : undefined
    if (figureKey ?? targetCount) add(figures, figureKey ?? targetCount ?? '', problem)
    else if (indicator !== undefined) add(indicators, indicator, problem)
    else other.push(problem)
  }
  const errorCount = problems.filter(isError).length
  return { figures, indicators, other, errorCount, warningCount: problems.length - errorCount }
}
