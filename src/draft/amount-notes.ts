import { toNumber } from '../dataset/reading/decimal.ts'
import type { FoundAmount } from './find-amounts.ts'

/** What a person should know about how the reader took an amount, where the words could mean more than one thing. */
export function amountNotes(amount: FoundAmount): string[] {
  const notes: string[] = []
  if (amount.planExcess) {
    const excess = toNumber(amount.planExcess)
    // ("vượt 117,29% so với kế hoạch": some reports write the share reached after "vượt"; a reader cannot tell which.)
    const orShare =
      excess >= 100 ? `; if the text means the share reached, as some reports write it, it is ${excess}%` : ''
    notes.push(
      `value: "${amount.valueText}" exceeds the plan by ${excess}%, so it is stored as ${toNumber(amount.value)} ${amount.unitText}${orShare}`,
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
