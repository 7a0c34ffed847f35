import { describe, expect, it } from 'vitest'
import { escapeRegExp, letter } from './reg-exp.ts'

/** Every letter Vietnamese writes: the plain alphabet, the marked vowels and đ, each with its five tones. */
const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']
const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323']
const lower = [
  ...'abcdefghijklmnopqrstuvwxyzđ',
  ...vowels.flatMap((vowel) => tones.map((tone) => (vowel + tone).normalize('NFC'))),
]
const vietnameseLetters = [...lower, ...lower.map((one) => one.toLocaleUpperCase('vi'))]

describe('letter', () => {
  const oneLetter = new RegExp(`^[${letter}]$`, 'u')

  it('holds every Vietnamese letter, composed or written with combining marks', () => {
    expect(vietnameseLetters).toHaveLength(2 * (27 + 72))
    expect(vietnameseLetters.filter((one) => !oneLetter.test(one))).toEqual([])
    const combining = 'Nghị quyết'.normalize('NFD')
    expect(new RegExp(`^[${letter} ]+$`, 'u').test(combining)).toBe(true)
  })

  it('holds no digit, space, sign or punctuation', () => {
    expect([...'0123456789 %‰×÷/.,;:-–()²³°'].filter((one) => oneLetter.test(one))).toEqual([])
  })

  it('bounds a word as \\p{L} would in a report', () => {
    const word = new RegExp(`(?<![${letter}])đạt(?![${letter}])`, 'giu')
    expect('đạt 98%, Đạt; vượt đạt'.match(word)).toEqual(['đạt', 'Đạt', 'đạt'])
    expect('đạtđược Cầu Đạt'.normalize('NFC').match(word)).toEqual(['Đạt'])
  })
})

describe('escapeRegExp', () => {
  it('matches the text as written', () => {
    expect(new RegExp(escapeRegExp('(1.076,31 tỷ)'), 'u').test('đạt (1.076,31 tỷ) đồng')).toBe(true)
  })
})
