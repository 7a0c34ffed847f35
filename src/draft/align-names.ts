import { letter } from '../lib/reg-exp.ts'
import type { DraftFigure } from './draft-types.ts'
import { indicatorOfLabel } from './figure-name.ts'

/**
 * The words that name one thing either way: "Tổng thu ngân sách nhà nước trên địa bàn" and "Thu ngân sách nhà
 * nước", "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)", "Tốc độ tăng trưởng GRDP" and "Tăng trưởng GRDP".
 */
export function sameThingKey(name: string): string {
  return (
    indicatorOfLabel(name)
      .toLocaleLowerCase('vi')
      .replace(/tổng sản phẩm(?:\s+trên địa bàn)?(?:\s*\(grdp\))?/gu, 'grdp')
      .replace(
        new RegExp(
          String.raw`\s+trên địa bàn(?:\s+(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường))?(?![${letter}])`,
          'gu',
        ),
        '',
      )
      .replace(new RegExp(String.raw`(?<![${letter}])nhà nước(?![${letter}])`, 'gu'), '')
      .replace(/^tổng\s+/u, '')
      // "Tăng trưởng GRDP" and "Tốc độ tăng trưởng GRDP"
      .replace(/^tốc độ\s+(?=tăng trưởng\s)/u, '')
      .replace(/\s+/gu, ' ')
      .trim()
  )
}

/**
 * A report names a result and the target of the same thing in other words ("Tổng thu ngân sách nhà nước đạt …",
 * "… đặt mục tiêu tổng thu ngân sách nhà nước trên địa bàn trên …"): both take the shorter of the names, so they pair
 * on the dashboard. Names of things never both aimed at and reached stay as drafted.
 */
export function alignNames(figures: readonly DraftFigure[]): DraftFigure[] {
  const isPaired = (figure: DraftFigure) => figure.role === 'actual' || figure.role === 'target'
  const chosen = new Map<string, string>()
  const roles = new Map<string, Set<DraftFigure['role']>>()
  for (const figure of figures.filter(isPaired)) {
    const key = sameThingKey(figure.label.vi)
    if (!key) continue
    roles.set(key, (roles.get(key) ?? new Set()).add(figure.role))
    const name = indicatorOfLabel(figure.label.vi)
    const earlier = chosen.get(key)
    if (earlier === undefined || name.length < earlier.length) chosen.set(key, name)
  }
  return figures.map((figure) => {
    const key = sameThingKey(figure.label.vi)
    const name = chosen.get(key)
    const own = indicatorOfLabel(figure.label.vi)
    if (!isPaired(figure) || !name || name === own || roles.get(key)?.size !== 2) return figure
    const suffix = figure.label.vi.slice(own.length)
    return { ...figure, label: { ...figure.label, vi: `${name}${suffix}` } }
  })
}

/**
 * "GRDP … ước tăng 7,12%, cao hơn cùng kỳ năm 2023 (6,05%) và cao hơn bình quân cả nước (6,8%)": a level bracketed for
 * comparison measures what the figure it is compared with measures, in another year ("… (6,05%)": the same name) or of
 * another place ("… (6,8%)": the name, then whose it is).
 */
export function nameOfCompared(
  figure: DraftFigure,
  sentenceFigures: readonly DraftFigure[],
  /** The sentence before's: the place ranked ahead may be said in the sentence after the figure it is ranked by. */
  earlierFigures: readonly DraftFigure[] = [],
): DraftFigure {
  const isElsewhere = figure.why?.role.rule === 'elsewhere'
  const isBase =
    figure.why?.year.rule === 'base' &&
    /\(\s*$/u.test(figure.quote.slice(0, figure.quote.indexOf(figure.valueText)))
  if (!isElsewhere && !isBase) return figure
  const isOwn = (other: DraftFigure) =>
    other.why?.role.rule !== 'elsewhere' && other.why?.year.rule !== 'base'
  const compared =
    sentenceFigures.findLast(isOwn) ?? (isElsewhere ? earlierFigures.findLast(isOwn) : undefined)
  if (!compared) return figure
  // Whose: "bình quân cả nước", or the place last named ("cao hơn Mẫu Đông (…), Mẫu Bắc").
  // ("(sau Hậu Giang, tăng": the one place ranked ahead.)
  const words = figure.why?.role.words ?? ''
  const ahead =
    /^\(\s*(?:chỉ\s+)?(?:đứng\s+)?sau\s+(.+?)\s*,?\s*(?:(?:tăng|giảm|đạt|với|là)(?:\s+(?:khoảng|gần|hơn|trên))?)?$/u.exec(
      words,
    )?.[1]
  const whose = isElsewhere
    ? ` (${ahead ?? words.replace(/^.*(?:hơn\s+(?:cả\s+|so với\s+)?|[,)]\s*|\svà\s+)/u, '').trim()})`
    : ''
  return { ...figure, label: { ...figure.label, vi: `${compared.label.vi}${whose}` } }
}
