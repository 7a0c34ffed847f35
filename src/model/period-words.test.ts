import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { datasetSchema } from '../dataset/schema.ts'
import { translator } from '../lib/messages.ts'
import { changeFromWords, periodsLine, periodWords } from './period-words.ts'

const periods = (actualPart?: string) => ({
  periods: { actual: 2024, target: 2025, ...(actualPart ? { actualPart } : {}) },
})

describe('the period a year’s figures cover, as every screen says it', () => {
  // Each row written by hand: the part the results cover, the year, the language, named or bare, the words.
  it.each<[string | undefined, number, 'vi' | 'en', boolean, string]>([
    [undefined, 2024, 'vi', false, '2024'],
    [undefined, 2024, 'vi', true, 'năm 2024'],
    [undefined, 2024, 'en', true, '2024'],
    ['9 tháng đầu năm', 2024, 'vi', false, '9 tháng đầu năm 2024'],
    ['9 tháng đầu năm', 2024, 'en', false, 'Jan–Sep 2024'],
    ['6 tháng', 2024, 'vi', true, '6 tháng năm 2024'],
    ['6 tháng', 2024, 'en', false, 'Jan–Jun 2024'],
    ['quý I', 2024, 'vi', false, 'quý I năm 2024'],
    ['quý I', 2024, 'en', false, 'Q1 2024'],
    ['từ đầu năm đến nay', 2024, 'vi', false, 'từ đầu năm 2024 đến nay'],
    ['từ đầu năm đến nay', 2024, 'en', false, '2024 to date'],
    ['đến ngày 15/6', 2024, 'en', false, '2024 (“đến ngày 15/6”)'],
    // The targets' year is a whole year: only the results' year has a part.
    ['9 tháng đầu năm', 2025, 'vi', false, '2025'],
    // (A part typed with its own year says the year once: not "9 tháng năm 2019 2019".)
    ['9 tháng năm 2024', 2024, 'vi', false, '9 tháng năm 2024'],
    ['9 tháng năm 2024', 2024, 'en', false, 'Jan–Sep 2024'],
    ['quý III/2024', 2024, 'vi', false, 'quý III năm 2024'],
  ])('%s of %i in %s (named %s) is "%s"', (part, year, language, named, expected) => {
    expect(periodWords(periods(part), year, language, { named })).toBe(expected)
  })

  it('fits the section titles in both languages', () => {
    const vi = translator('vi')
    const en = translator('en')
    const data = periods('9 tháng đầu năm')
    expect(vi('sectionResults', { year: periodWords(data, 2024, 'vi') })).toBe('Kết quả 9 tháng đầu năm 2024')
    expect(vi('resultsTitle', { year: periodWords(data, 2024, 'vi', { named: true }) })).toBe(
      'Các con số 9 tháng đầu năm 2024',
    )
    expect(vi('resultsTitle', { year: periodWords(periods(), 2024, 'vi', { named: true }) })).toBe(
      'Các con số năm 2024',
    )
    expect(en('sectionResults', { year: periodWords(data, 2024, 'en') })).toBe('Jan–Sep 2024 results')
  })
})

describe('what a result is measured against', () => {
  const vi = translator('vi')
  const en = translator('en')
  // Each row by hand: the part the results cover, the figure's year, the year compared with (and its point), the words.
  it.each<[string | undefined, number, { year: number; point?: 'start' | 'end' }, 'vi' | 'en', string]>([
    // "tăng 5,2% so với cùng kỳ" in a six-month report: the same six months of the year before, not that whole year.
    ['6 tháng đầu năm', 2024, { year: 2023 }, 'vi', '6 tháng đầu năm 2023'],
    ['6 tháng đầu năm', 2024, { year: 2023 }, 'en', 'Jan–Jun 2023'],
    ['quý I', 2024, { year: 2023 }, 'vi', 'quý I năm 2023'],
    [undefined, 2024, { year: 2023 }, 'vi', '2023'],
    // A level at the start of a year is said so, whatever part the results cover.
    ['9 tháng đầu năm', 2024, { year: 2024, point: 'start' }, 'vi', 'đầu năm 2024'],
    // A figure of another year than the results' keeps the year as written.
    ['9 tháng đầu năm', 2025, { year: 2024 }, 'vi', '2024'],
  ])('%s, a figure of %i against %o in %s: "%s"', (part, year, changeFrom, language, expected) => {
    const t = language === 'vi' ? vi : en
    expect(changeFromWords(periods(part), { period: { year }, changeFrom }, language, t)).toBe(expected)
  })
})

describe('the line under a report’s title', () => {
  const dongHa = datasetSchema.parse(
    JSON.parse(readFileSync(new URL('../../data/dong-ha-2024.json', import.meta.url), 'utf8')),
  )
  // (The scorecard goes with the results.)
  const keeping = (...roles: string[]) => {
    const { scorecard, ...rest } = dongHa
    return {
      ...rest,
      ...(roles.includes('actual') && scorecard ? { scorecard } : {}),
      pairs: roles.length === 4 ? dongHa.pairs : [],
      figures: dongHa.figures.filter((figure) => roles.includes(figure.role)),
    }
  }
  const vi = translator('vi')
  // Each row by hand: the roles a report's figures have, the line.
  it.each<[string[], string]>([
    [['actual', 'target', 'profile', 'fact'], 'So sánh kết quả 2023 với chỉ tiêu 2024'],
    [['actual', 'profile'], 'Kết quả 2023'],
    [['target', 'profile'], 'Chỉ tiêu 2024'],
    // A place's profile alone compares nothing: no line, not "So sánh kết quả 2023 với chỉ tiêu 2024".
    [['profile', 'fact'], ''],
  ])('of a report of %o is "%s"', (roles, expected) => {
    expect(periodsLine(keeping(...roles), vi, 'vi')).toBe(expected)
  })
})
