import type { Dataset } from '../dataset/schema.ts'
import type { MessageKey } from '../lib/messages.ts'

const reached = { text: 'scorecardText', marks: 'scorecardMarks' } as const satisfies Record<
  string,
  MessageKey
>
const expected = {
  text: 'scorecardTextExpected',
  marks: 'scorecardMarksExpected',
} as const satisfies Record<string, MessageKey>

/**
 * The words said of a scorecard, on the screen and on its slide alike: one the report only expects reached ("25/28 chỉ
 * tiêu … dự kiến hoàn thành") is said as expected, never as reached.
 */
export function scorecardWords(
  scorecard: NonNullable<Dataset['scorecard']>,
): typeof reached | typeof expected {
  return scorecard.isEstimate ? expected : reached
}
