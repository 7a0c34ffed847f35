import { toNumber } from '../dataset/reading/decimal.ts'
import type { FoundAmount } from './find-amounts.ts'

/** What a person should know about how the reader took an amount, where the words could mean more than one thing. */
export function amountNotes(amount: FoundAmount): string[] {
  const notes: string[] = []
  if (amount.planExcess) {
    notes.push(
      `value: "${amount.valueText}" exceeds the plan by ${toNumber(amount.planExcess)}%, so it is stored as ${toNumber(amount.value)} ${amount.unitText}`,
    )
  }
  if (amount.kind === 'amount' && amount.unitText === '' && amount.scaleWords.length > 0) {
    notes.push(
      `unit: "${amount.valueText}" names a scale but no unit; read as đồng, the word reports leave out; check the sentence`,
    )
  }
  if (amount.kind === 'fraction' && amount.total) {
    notes.push(
      `value: "${amount.valueText}" is ${toNumber(amount.value)} of ${toNumber(amount.total)}; the figure is the ${toNumber(amount.value)}`,
    )
  }
  return notes
}
