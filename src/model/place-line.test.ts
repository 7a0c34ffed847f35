import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { datasetSchema } from '../dataset/schema.ts'
import { translator } from '../lib/messages.ts'
import { placeLine } from './place-line.ts'

const dongHa = datasetSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/dong-ha-2024.json', import.meta.url), 'utf8')),
).report

describe('the line that names the place', () => {
  // Each row by hand: the place, its kind and its province, the language, the line.
  it.each<[string, string, string, 'vi' | 'en', string]>([
    ['Đông Hà', 'thành phố', 'Quảng Trị', 'vi', 'Thành phố Đông Hà, tỉnh Quảng Trị'],
    ['Đông Hà', 'thành phố', 'Quảng Trị', 'en', 'Dong Ha city, Quang Tri province'],
    // A ward of a city run by the centre is in that city, not in a "tỉnh".
    ['Mẫu Sơn', 'phường', 'Hồ Chí Minh', 'vi', 'Phường Mẫu Sơn, thành phố Hồ Chí Minh'],
    ['Mẫu Sơn', 'phường', 'Hồ Chí Minh', 'en', 'Mau Son ward, Ho Chi Minh city'],
    // A province typed with its kind is named once.
    ['Mẫu Sơn', 'phường', 'Thành phố Hồ Chí Minh', 'vi', 'Phường Mẫu Sơn, thành phố Hồ Chí Minh'],
    ['Mẫu Sơn', 'xã', 'Tỉnh Cà Mau', 'vi', 'Xã Mẫu Sơn, tỉnh Cà Mau'],
  ])('%s (%s, %s) in %s: "%s"', (name, kind, province, language, expected) => {
    const plain = (words: string) =>
      words.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D')
    const kinds: Record<string, string> = { 'thành phố': 'city', phường: 'ward' }
    const report = {
      ...dongHa,
      place: {
        name: { vi: name, en: plain(name) },
        kind: { vi: kind, en: kinds[kind] ?? kind },
        province: { vi: province, en: plain(province) },
      },
    }
    expect(placeLine(report, language, translator(language))).toBe(expected)
  })
})
