/** A problem found in a dataset, by the path of the field, in both languages. Warnings do not stop a dataset opening. */
export type Problem = {
  path: string
  vi: string
  en: string
  severity?: 'warning'
  /**
   * What kind of problem it is, with the words it names: a tool with its own controls (the dataset maker) says it in
   * its own words instead of the file's.
   */
  code?: ProblemCode
  params?: Readonly<Record<string, string>>
}

export type ProblemCode =
  | 'no-amount'
  | 'extra-words'
  | 'unit-mismatch'
  | 'comparator-mismatch'
  | 'estimate'
  | 'value-mismatch'
  | 'quote-missing'
  | 'quote-twice'
  | 'quote-occurrence'
  | 'count-mismatch'
  | 'target-year'
  | 'part-not-in-text'
  | 'same-period-twice'

export function isError(problem: Problem): boolean {
  return problem.severity !== 'warning'
}

/** "figures.3.quote": the path of a field, as people editing the JSON file see it. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(gốc / root)'
}
