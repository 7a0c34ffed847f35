/** A number as written, its digits kept as text so scale words can shift them exactly. */
export type WrittenNumber = { text: string; whole: string; fraction: string; end: number }

/** Vietnamese digits: "." groups thousands, "," is the decimal mark, as in src/lib/read-vietnamese-number.ts. */
const numberAt = /(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\d.]\d|[\p{L}\p{M}])/uy

export function readNumberAt(text: string, pos: number): WrittenNumber | null {
  numberAt.lastIndex = pos
  const match = numberAt.exec(text)
  if (!match) return null
  return {
    text: match[0],
    whole: (match[1] ?? '').replaceAll('.', ''),
    fraction: match[2] ?? '',
    end: pos + match[0].length,
  }
}

/** The number times 10^exponent, computed on the digits so 2,3 triệu is exactly 2300000. */
export function scaledValue(number: Pick<WrittenNumber, 'whole' | 'fraction'>, exponent = 0): number {
  const digits = number.whole + number.fraction.padEnd(exponent, '0')
  const point = number.whole.length + exponent
  const fraction = digits.slice(point)
  return Number(fraction ? `${digits.slice(0, point)}.${fraction}` : digits)
}
