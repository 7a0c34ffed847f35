import type { Comparator } from '../../dataset/comparators.ts'
import type { AmountReading } from '../../dataset/reading/read-amount.ts'
import type { Unit } from '../../dataset/units.ts'

export type UnitChoice = {
  unit: Unit | 'TODO'
  otherUnit?: string
  value: number
  max?: number
  todo?: string
  /** Narrower words for the value than the amount's own ("0,57%" of "vượt 0,57% so với kịch bản"). */
  valueText?: string
  /** Where the words' comparator is not the figure's: "vượt 9,41%" of a plan left out is 109,41% of it, exactly. */
  comparator?: Comparator
}

/** The unit chosen, its value scaled to it ("50 triệu đồng" in million-vnd is 50), and a note for a person. */
export type PickUnit = (unit: Unit | 'TODO', todo?: string) => UnitChoice

/** What is read around an amount, once, for each rule that chooses its unit. */
export type UnitContext = {
  reading: AmountReading
  /** The words right before the amount. */
  before: string
  clause: string
  /** The lead of the list the amount is an item of ("Các chỉ tiêu chủ yếu năm 2025 là"). */
  listLead: string
  sentenceBefore: string
  /** The sentences of its paragraph before its own. */
  paragraphBefore: string
  /** The clause up to the amount. */
  ownBefore: string
  /** The clause up to the amount, after its list's lead when it has no words of its own. */
  clauseBefore: string
  /** The words before the amount with the verb of its own words ("giảm" of "giảm 0,25%"). */
  said: string
  /** The clause after the amount. */
  after: string
  untilAmount: string
  /** The subject of its own list item. */
  subject: string
  /** Whether an excess over a plan is of a rate (in points), not of an amount. */
  isRateExcess: boolean
  /** The last level in percent said before the excess, if any. */
  level: number | null
  pick: PickUnit
}
