import type { Draft } from './draft-types.ts'

/** A few lines for the terminal: what was found, and what a person still has to do. */
export function summarizeDraft(draft: Draft): string[] {
  const count = (role: string) => draft.figures.filter((figure) => figure.role === role).length
  const others = draft.figures.length - count('actual') - count('target')
  const byKind = new Map<string, number>()
  for (const item of draft.draft.todo) {
    const note = /^figures\.\d+ \([^)]*\): (\w+)/u.exec(item)?.[1]
    const path = (item.split(':')[0] ?? item).replace(/\.\d+/gu, '[]')
    const key = note ? `figures: ${note} to check` : path.startsWith('report.') ? 'report fields' : path
    byKind.set(key, (byKind.get(key) ?? 0) + 1)
  }
  return [
    `${draft.report.sourceFile}: ${draft.figures.length} candidate figures — ${count('actual')} actual, ${count('target')} target, ${others} other (${count('profile')} profile, ${count('fact')} fact)`,
    `  scorecard: ${draft.scorecard ? `${draft.scorecard.valueText}` : 'none found'}; announced targets: ${draft.targetCount ? draft.targetCount.valueText : 'none found'}; numbers ignored: ${draft.ignoredNumbers.length}`,
    `  TODO left: ${draft.draft.todo.length}:`,
    ...[...byKind].map(([kind, n]) => `    ${n} × ${kind}`),
  ]
}
