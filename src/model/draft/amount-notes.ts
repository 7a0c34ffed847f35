import type { FoundAmount } from './find-amounts.ts'

/** What a person must check about how an amount is written, where the schema or the verifier cannot say it yet. */
export function amountNotes(amount: FoundAmount): string[] {
  const notes: string[] = []
  if (amount.scale) {
    notes.push(
      `value: "${amount.valueText}" is the number × 10^${amount.scale.exponent} ("${amount.scale.word}") = ${amount.value} ${amount.unitText}; ` +
        'the verifier reads only the number written, so it must learn scale words before this figure passes',
    )
  }
  if (amount.approximation) {
    notes.push(
      `comparator: "${amount.approximation}" (about) has no comparator in the schema; stored as exact, decide how to show it`,
    )
  }
  if (amount.isAtMost)
    notes.push('comparator: "trở xuống" (at most) has no comparator in the schema; stored as exact')
  if (amount.kind === 'multiple')
    notes.push('unit: "gấp … lần" is a multiple of another figure; the schema has no unit for it')
  return notes
}
