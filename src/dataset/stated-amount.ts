import { uncapitalised } from '../lib/letter-case.ts'

/**
 * The words that state a figure's amount: its `valueText`, with a table's unit written apart from the number (its
 * row's unit cell, its column's "(%)") read after it: "1.350,5" with "Tỷ đồng" is "1.350,5 tỷ đồng".
 */
export function statedAmount({
  valueText,
  unitWords,
}: {
  valueText: string
  unitWords?: string | undefined
}): string {
  return unitWords ? `${valueText} ${uncapitalised(unitWords.trim())}` : valueText
}
