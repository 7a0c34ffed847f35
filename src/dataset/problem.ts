/** A problem found in a dataset, by the path of the field, in both languages. Warnings do not stop a dataset opening. */
export type Problem = { path: string; vi: string; en: string; severity?: 'warning' }

export function isError(problem: Problem): boolean {
  return problem.severity !== 'warning'
}

/** "figures.3.quote": the path of a field, as people editing the JSON file see it. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(gốc / root)'
}
