import { describe, expect, it } from 'vitest'
import { checkBodySize, maxBodyBytes } from './body-size.ts'

describe('checkBodySize', () => {
  it.each<[string, string, string | null]>([
    ['a small dataset', '{"id":"dong-ha-2024"}', null],
    ['exactly 2 MB', 'x'.repeat(maxBodyBytes), null],
    ['one byte over 2 MB', 'x'.repeat(maxBodyBytes + 1), 'Tệp quá lớn: 2 MB (tối đa 2 MB)'],
    // 700,000 × "ệ" is 700,000 characters but 2,100,000 bytes of UTF-8.
    ['2 MB of UTF-8 in fewer characters', 'ệ'.repeat(700_000), 'Tệp quá lớn: 2 MB (tối đa 2 MB)'],
    ['5 MB', 'x'.repeat(5 * 1024 * 1024), 'Tệp quá lớn: 5 MB (tối đa 2 MB)'],
    ['3.5 MB', 'x'.repeat(3.5 * 1024 * 1024), 'Tệp quá lớn: 3,5 MB (tối đa 2 MB)'],
  ])('%s', (_name, text, expectedVi) => {
    expect(checkBodySize(text)?.vi ?? null).toBe(expectedVi)
  })

  it('names the file and says it in English too', () => {
    expect(checkBodySize('x'.repeat(3.5 * 1024 * 1024))).toEqual({
      path: '(tệp / file)',
      vi: 'Tệp quá lớn: 3,5 MB (tối đa 2 MB)',
      en: 'File too large: 3.5 MB (at most 2 MB)',
    })
  })
})
