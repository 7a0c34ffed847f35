import type { DraftFigure } from './draft-types.ts'

/** "(cơ cấu tương ứng của 6 tháng đầu năm 2023 là: …)", "(tương ứng năm 2022: …)": the levels of a period compared. */
const correspondingWords = /(?<![\p{L}])tương\s+ứng(?![\p{L}])/iu

/**
 * "… công nghiệp - xây dựng chiếm 72,18%; dịch vụ chiếm 20,68%; nông, lâm nghiệp và thủy sản chiếm 2,88% (tương ứng năm
 * 2022: 75,92% - 17,64% - 2,61%)": the levels of the period compared, listed in their bracket, are of the measures said
 * before them, in the same order. Named so when there are as many of each in the sentence, in the same unit.
 */
export function namedInTurn(figures: readonly DraftFigure[]): DraftFigure[] {
  const named = [...figures]
  for (let index = 0; index < named.length; index += 1) {
    const first = named[index]
    if (!first || !correspondingWords.test(first.why?.year.words ?? '')) continue
    const words = first.why?.year.words
    let end = index
    while (named[end]?.quote === first.quote && named[end]?.why?.year.words === words) end += 1
    const count = end - index
    const said = named.slice(Math.max(0, index - count), index)
    // (The measures said before are the items of the list the bracket closes, each its own clause, of another year.)
    const isInTurn =
      count >= 2 &&
      said.length === count &&
      said.every((figure) => figure.unit === first.unit && figure.period?.year !== first.period?.year)
    if (isInTurn)
      for (let offset = 0; offset < count; offset += 1) {
        const level = named[index + offset]
        const measure = said[offset]
        if (level && measure) named[index + offset] = { ...level, label: measure.label }
      }
    index = end - 1
  }
  return named
}
