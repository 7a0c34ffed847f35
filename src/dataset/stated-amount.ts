/** "Tỷ đồng" → "tỷ đồng", "USD" as it is: a capital that only opens a table's cell is read as the word's own. */
const uncapitalised = (words: string) =>
  /^\p{Lu}\p{Ll}/u.test(words) ? `${words.charAt(0).toLocaleLowerCase('vi')}${words.slice(1)}` : words

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
