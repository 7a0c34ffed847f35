/** What sort of amount a unit measures, and what each unit of the vocabulary says about itself. */
export const unitKinds = {
  /** A share of a whole or a rate of change, in percent ("chiếm 74%", "tăng 12%"). */
  percent: { isCount: false, mayBeNegative: true, isRate: true },
  /** A change of a rate, in percentage points ("tỷ lệ hộ nghèo giảm 0,25%"). */
  points: { isCount: false, mayBeNegative: true, isRate: true },
  /** A rate per year ("tăng bình quân 9%/năm"). */
  'percent-per-year': { isCount: false, mayBeNegative: true, isRate: true },
  /** A share of a plan or a budget estimate ("bằng 64,2% kế hoạch", "đạt 100,6% dự toán"). */
  'share-of-plan': { isCount: false, mayBeNegative: false, isRate: true },
  /** A multiple of another amount ("gấp 2 lần", "bằng 1,5 lần"). */
  multiple: { isCount: false, mayBeNegative: false, isRate: false },
  money: { isCount: false, mayBeNegative: false, isRate: false },
  /** Money for each of something ("105 triệu đồng/ha", "68,5 triệu đồng/người/năm"). */
  'money-per': { isCount: false, mayBeNegative: false, isRate: false },
  count: { isCount: true, mayBeNegative: false, isRate: false },
  area: { isCount: false, mayBeNegative: false, isRate: false },
  length: { isCount: false, mayBeNegative: false, isRate: false },
  density: { isCount: false, mayBeNegative: false, isRate: false },
  mass: { isCount: false, mayBeNegative: false, isRate: false },
  /** A crop yield ("62,5 tạ/ha"). */
  yield: { isCount: false, mayBeNegative: false, isRate: false },
  /** An index with no unit at all, as the report writes it ("chỉ số AQI < 100"): the number alone. */
  index: { isCount: false, mayBeNegative: true, isRate: false },
  /** Any other noun a report counts or measures by ("42.600 con", "4.320 suất"): its words travel with the figure. */
  other: { isCount: false, mayBeNegative: false, isRate: false },
} as const satisfies Record<string, { isCount: boolean; mayBeNegative: boolean; isRate: boolean }>
export type UnitKind = keyof typeof unitKinds

export type UnitInfo = {
  kind: UnitKind
  /** Written after the number in Vietnamese ("702,2 tỷ đồng"). */
  vi: string
  /** English after the number, singular and plural ("1 school", "3 schools"); `enPrefix` goes before it ("VND"). */
  en: { one: string; other: string }
  enPrefix?: string
  /** Joined to the number without a space ("9,77%"). */
  isSymbol?: boolean
  /**
   * The words a report writes after the number and any scale word ("đồng" in "447,229 tỷ đồng"), matched
   * without regard to case. The first is how the draft recognises the unit.
   */
  words: readonly string[]
  /** Words the unit is also written with when the sentence says the rest elsewhere ("Giá trị trên 1 ha … 105 triệu đồng"). */
  bareWords?: readonly string[]
  /** A stored value × 10^scale is the amount in `words`: 1 billion-vnd is 10⁹ đồng. */
  scale: number
}
