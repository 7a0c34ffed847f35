/**
 * An exact decimal, coefficient × 10^exponent, so that scale words shift digits rather than multiply
 * doubles: "2,3 triệu" is exactly 2300000 and "312 tỷ 560 triệu" exactly 312560000000.
 */
export type Decimal = { coefficient: bigint; exponent: number }

/** Digits as a report writes them, thousands dots already removed: "447" and "229" → 447.229. */
export function decimalFromDigits(whole: string, fraction = ''): Decimal {
  return { coefficient: BigInt(`${whole}${fraction}` || '0'), exponent: -fraction.length }
}

/** A JavaScript number's own shortest decimal text, exponent notation included ("1e-7"). */
export function decimalFromNumber(value: number): Decimal {
  const [mantissa = '0', power = '0'] = String(Math.abs(value)).split('e')
  const [whole = '0', fraction = ''] = mantissa.split('.')
  const decimal = decimalFromDigits(whole, fraction)
  const signed = value < 0 ? -decimal.coefficient : decimal.coefficient
  return { coefficient: signed, exponent: decimal.exponent + Number(power) }
}

export function shift(decimal: Decimal, exponent: number): Decimal {
  return { coefficient: decimal.coefficient, exponent: decimal.exponent + exponent }
}

function aligned(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const exponent = Math.min(a.exponent, b.exponent)
  return [
    a.coefficient * 10n ** BigInt(a.exponent - exponent),
    b.coefficient * 10n ** BigInt(b.exponent - exponent),
    exponent,
  ]
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, exponent] = aligned(a, b)
  return { coefficient: x + y, exponent }
}

export function compare(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = aligned(a, b)
  return x < y ? -1 : x > y ? 1 : 0
}

/** The nearest JavaScript number: the one a JSON file would store for this decimal. */
export function toNumber(decimal: Decimal): number {
  return Number(`${decimal.coefficient}e${decimal.exponent}`)
}
