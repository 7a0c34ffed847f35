import { describe, expect, it } from 'vitest'
import { draftDataset } from './draft-dataset.ts'
import { workReducer } from './work-actions.ts'
import { workFromDraft } from './work-from-draft.ts'
import type { Work } from './work.ts'

const fileName = 'ha-lam.vi.txt'
const workOf = (text: string): Work => workFromDraft(draftDataset(text, fileName), text, fileName)

// A fictional commune's article, pasted without its date line.
const pasted = [
  'Xã Hà Lâm tổng kết năm 2025',
  'Năm 2025, tổng thu ngân sách trên địa bàn xã đạt 12,5 tỷ đồng. Thu nhập bình quân đầu người đạt 61 triệu đồng.',
  'Tỷ lệ hộ nghèo còn 1,8%. Toàn xã có 240 hộ kinh doanh.',
  'Năm 2026, phấn đấu tổng thu ngân sách đạt 13 tỷ đồng.',
].join('\n')

const rowOf = (work: Work, valueText: string) => {
  const row = work.figures.find((f) => f.valueText === valueText)
  if (!row) throw new Error(`no row ${valueText}: ${work.figures.map((f) => f.valueText).join(' | ')}`)
  return row
}

describe('editing the text after the draft', () => {
  const before = (() => {
    let work = workOf(pasted)
    work = workReducer(work, { type: 'figures/accept-pending' })
    work = workReducer(work, {
      type: 'figures/set',
      keys: [rowOf(work, '240 hộ kinh doanh').key],
      patch: { decision: 'rejected' },
    })
    work = workReducer(work, {
      type: 'figures/set',
      keys: [rowOf(work, '61 triệu đồng').key],
      patch: { label: 'Thu nhập bình quân', indicator: 'Thu nhập bình quân' },
    })
    return workReducer(work, { type: 'report/set', patch: { placeName: 'Hà Lâm' } })
  })()

  // The person adds the date line the copy lacked and rewrites one sentence.
  const edited = pasted
    .replace('Xã Hà Lâm tổng kết năm 2025\n', 'Xã Hà Lâm tổng kết năm 2025\nNgày 20/12/2025\n')
    .replace('Tỷ lệ hộ nghèo còn 1,8%.', 'Tỷ lệ hộ nghèo giảm còn 1,6%.')
  const after = workReducer(before, { type: 'text/redraft', fresh: workOf(edited) })

  it('keeps every decision on an unchanged sentence, with its key', () => {
    expect(rowOf(after, '240 hộ kinh doanh')).toMatchObject({
      decision: 'rejected',
      key: rowOf(before, '240 hộ kinh doanh').key,
    })
    expect(rowOf(after, '61 triệu đồng')).toMatchObject({
      decision: 'accepted',
      label: 'Thu nhập bình quân',
      indicator: 'Thu nhập bình quân',
    })
    expect(rowOf(after, '12,5 tỷ đồng').decision).toBe('accepted')
    expect(after.report.placeName).toBe('Hà Lâm')
    expect(after.sourceText).toBe(edited)
  })

  it('moves each kept row to where its words now stand', () => {
    for (const row of after.figures)
      expect(edited.slice(row.at ?? -1, (row.at ?? -1) + row.valueText.length)).toBe(row.valueText)
  })

  it('lists the rows of the changed sentence as new and the old ones as gone', () => {
    const added = rowOf(after, '1,6%')
    expect(added.decision).toBe('pending')
    expect(after.revision).toEqual({
      kept: before.figures.length - 1,
      added: [added.key],
      gone: [{ valueText: '1,8%', quote: 'Tỷ lệ hộ nghèo còn 1,8%', decision: 'accepted' }],
    })
    expect(new Set(after.figures.map((f) => f.key)).size).toBe(after.figures.length)
  })

  it('fills a fact the text now gives, and the look is dismissed once taken', () => {
    expect(before.report.publishedDate).toBe('')
    expect(after.report.publishedDate).toBe('2025-12-20')
    expect(workReducer(after, { type: 'revision/dismiss' }).revision).toBeUndefined()
  })

  it('keeps a corrected reading while its sentence stands', () => {
    const row = rowOf(before, '12,5 tỷ đồng')
    const corrected = workReducer(before, {
      type: 'figures/correct',
      key: row.key,
      correction: {
        valueText: '12,5 tỷ',
        value: 12.5,
        unit: 'billion-vnd',
        comparator: 'exact',
        ...(row.at === undefined ? {} : { at: row.at }),
      },
    })
    const again = workReducer(corrected, { type: 'text/redraft', fresh: workOf(edited) })
    const rows = again.figures.filter((f) => f.quote === row.quote && f.valueText.startsWith('12,5'))
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ valueText: '12,5 tỷ', isCorrected: true, key: row.key })
    expect(edited.slice(rows[0]?.at, (rows[0]?.at ?? 0) + 7)).toBe('12,5 tỷ')
  })
})

describe('a text with no year of its own, once the person types the date', () => {
  // A fictional page excerpt: no date line, no year anywhere.
  const excerpt =
    'Trong 6 tháng đầu năm, tổng thu ngân sách trên địa bàn xã Hà Lâm ước đạt 6,2 tỷ đồng, bằng 52% dự toán. Toàn xã có thêm 35 hộ kinh doanh.'
  const without = workReducer(workOf(excerpt), { type: 'figures/accept-pending' })
  const knowing = workFromDraft(
    draftDataset(excerpt, fileName, { published: { year: 2025, words: '7/2025' } }),
    excerpt,
    fileName,
  )

  it('has rows without a year before', () => {
    expect(without.periods).toMatchObject({ actual: null, target: null })
    expect(without.figures.filter((f) => f.role === 'actual').map((f) => f.year)).toContain(null)
  })

  it('gives every row still without a year the one the date implies, keeping what was decided', () => {
    const after = workReducer(without, { type: 'years/fill', fresh: knowing })
    expect(after.periods).toMatchObject({ actual: 2025, actualPart: '6 tháng đầu năm' })
    for (const row of after.figures.filter((f) => f.role === 'actual')) {
      expect(row.year).toBe(2025)
      expect(row.decision).toBe('accepted')
    }
  })

  it('a results year typed by hand reaches the rows of results without one', () => {
    const after = workReducer(without, { type: 'periods/set', patch: { actual: 2024 } })
    expect(after.figures.filter((f) => f.role === 'actual').every((f) => f.year === 2024)).toBe(true)
  })
})
