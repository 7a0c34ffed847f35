/**
 * How a report words an amount, one row a comparator: the sign shown beside the value, the phrase a reader
 * can say aloud, and the words the amount reader takes as this comparator. The schema's enum derives from it.
 */
type ComparatorInfo = {
  sign: string
  phrase: { vi: string; en: string }
  /** How a choice list names it, for results and targets alike. */
  short: { vi: string; en: string }
  /** Words written just before the number ("trên 74%"), and signs ("≥ 95%", a table's cell "≥95"). */
  before: readonly string[]
  /** Words written after the amount ("96,5% trở lên"). */
  after: readonly string[]
}

export const comparators = {
  exact: {
    sign: '=',
    short: { vi: 'đúng bằng', en: 'exactly' },
    phrase: { vi: 'mức cần đạt', en: 'level to reach' },
    before: [],
    after: [],
  },
  atLeast: {
    sign: '≥',
    short: { vi: 'từ … trở lên', en: 'at least' },
    phrase: { vi: 'tối thiểu (từ mức này trở lên)', en: 'at least this much' },
    // ("tỷ lệ … ít nhất đạt 85%": at least, said before the verb.)
    before: ['ít nhất', 'tối thiểu', 'không dưới', 'không thấp hơn', 'ít nhất đạt', 'tối thiểu đạt', '≥'],
    after: ['trở lên'],
  },
  over: {
    sign: '>',
    short: { vi: 'trên', en: 'over' },
    phrase: { vi: 'cao hơn mức này', en: 'above this level' },
    before: ['trên', 'trên mức', 'vượt', '>'],
    after: [],
  },
  moreThan: {
    sign: '>',
    short: { vi: 'hơn', en: 'more than' },
    phrase: { vi: 'hơn mức này', en: 'more than this' },
    before: ['hơn'],
    after: [],
  },
  under: {
    sign: '<',
    short: { vi: 'dưới', en: 'under' },
    phrase: { vi: 'thấp hơn mức này', en: 'below this level' },
    before: ['dưới', 'dưới mức', 'chưa đến', 'chưa tới', 'chưa đầy', '<'],
    after: [],
  },
  atMost: {
    sign: '≤',
    short: { vi: 'không quá', en: 'at most' },
    phrase: { vi: 'tối đa (từ mức này trở xuống)', en: 'at most this much' },
    before: ['không quá', 'không vượt quá', 'tối đa', 'nhiều nhất', '≤'],
    after: ['trở xuống'],
  },
  about: {
    sign: '≈',
    short: { vi: 'khoảng', en: 'about' },
    phrase: { vi: 'khoảng mức này', en: 'about this much' },
    before: ['khoảng', 'gần', 'xấp xỉ', 'chừng', 'trên dưới', 'ước chừng', 'ước khoảng'],
    after: [],
  },
  range: {
    sign: '–',
    short: { vi: 'từ … đến', en: 'range' },
    phrase: { vi: 'trong khoảng này', en: 'within this range' },
    before: [],
    after: [],
  },
} as const satisfies Record<string, ComparatorInfo>

export type Comparator = keyof typeof comparators
export const comparatorCodes = Object.keys(comparators) as [Comparator, ...Comparator[]]

/** Every word before a number that sets a comparator, longest first so "trên dưới" wins over "trên". */
export const comparatorWordsBefore: readonly (readonly [string, Comparator])[] = comparatorCodes
  .flatMap((code) => comparators[code].before.map((word) => [word, code] as const))
  .sort((a, b) => b[0].length - a[0].length)

export const comparatorWordsAfter: readonly (readonly [string, Comparator])[] = comparatorCodes.flatMap(
  (code) => comparators[code].after.map((word) => [word, code] as const),
)

/**
 * The comparator as it bounds the number itself. "giảm hơn 12%" is −12 with the comparator as written, which
 * bounds the fall's size: the change is below −12%, so for a negative value the bound is mirrored.
 */
export function boundOf(comparator: Comparator, value: number): Comparator {
  if (value >= 0) return comparator
  const mirror: Partial<Record<Comparator, Comparator>> = {
    atLeast: 'atMost',
    over: 'under',
    moreThan: 'under',
    under: 'over',
    atMost: 'atLeast',
  }
  return mirror[comparator] ?? comparator
}
