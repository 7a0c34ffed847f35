import { describe, expect, it } from 'vitest'
import { draftDataset } from './draft-dataset.ts'
import { mergeRedraft } from './redraft.ts'
import { workReducer } from './work-actions.ts'
import { workFromDraft } from './work-from-draft.ts'
import type { Work } from './work.ts'

const fileName = 'ha-lam.vi.txt'
const workOf = (text: string): Work => workFromDraft(draftDataset(text, fileName), text, fileName)

// Made-up place: a district meeting's report, with what the meeting did and a band of communes by criteria.
const text = [
  'Huyện Hà Lâm tổng kết năm 2025',
  'Tại kỳ họp, HĐND huyện đã xem xét và thông qua 7 nghị quyết.',
  'Năm 2025, tổng thu ngân sách trên địa bàn huyện đạt 412 tỷ đồng; toàn huyện có 9 xã đạt từ 15-18 tiêu chí nông thôn mới.',
].join('\n')

const setAsideOf = (work: Work) =>
  (work.setAside ?? []).map(
    ({ reason, figure }) => `${reason}: ${figure.valueText} = ${figure.value} ${figure.unit}`,
  )

describe('amounts the draft sets aside are kept for a person to bring back', () => {
  it('lists each with why, read as a plain fact of its sentence, and none of them among the rows', () => {
    const work = workOf(text)
    expect(setAsideOf(work)).toEqual([
      'the meeting’s proceedings: 7 nghị quyết = 7 other',
      'a band of criteria: từ 15-18 tiêu chí = 15 other',
    ])
    expect(work.setAside?.map(({ figure }) => [figure.role, figure.year, figure.decision])).toEqual([
      ['fact', null, 'pending'],
      ['fact', null, 'pending'],
    ])
    expect(work.figures.map((f) => f.valueText)).toEqual(['412 tỷ đồng', '9 xã'])
  })

  it('brings one back as a row to decide, in the text’s order, with a key never given before', () => {
    const work = workOf(text)
    const key = work.setAside?.[0]?.figure.key ?? ''
    const next = workReducer(work, { type: 'figures/bring-back', key })
    expect(next.figures.map((f) => `${f.key} ${f.valueText} ${f.decision}`)).toEqual([
      'f3 7 nghị quyết pending',
      'f1 412 tỷ đồng pending',
      'f2 9 xã pending',
    ])
    expect(setAsideOf(next)).toEqual(['a band of criteria: từ 15-18 tiêu chí = 15 other'])
    expect(next.figures[0]?.broughtBack).toBe('the meeting’s proceedings')
  })

  it('after the text is read again, what was brought back is a row and not set aside again', () => {
    const work = workOf(text)
    const brought = workReducer(work, {
      type: 'figures/bring-back',
      key: work.setAside?.[0]?.figure.key ?? '',
    })
    const edited = `${text}\nThu nhập bình quân đầu người đạt 58 triệu đồng.`
    const merged = mergeRedraft(brought, workOf(edited))
    expect(merged.figures.map((f) => f.valueText)).toContain('7 nghị quyết')
    expect(setAsideOf(merged)).toEqual(['a band of criteria: từ 15-18 tiêu chí = 15 other'])
  })
})

describe('what one household tells of its own is set aside, the place’s figures around it kept', () => {
  it('from the speaker to the end of the sentence', () => {
    // Made-up place: a district's crop, and one grower's account of his own.
    const work = workOf(
      'Năm 2025, huyện Hà Lâm trồng được 310 ha gừng. Chị Vàng Thị Mai, bản Nậm Cang kể: năm nay gia đình tôi thu hơn 2 tấn gừng, lãi khoảng 40 triệu đồng. Năng suất bình quân của huyện đạt 9,5 tấn/ha.',
    )
    expect(setAsideOf(work)).toEqual([
      'one household’s own: hơn 2 tấn = 2 tonne',
      'one household’s own: khoảng 40 triệu đồng = 40 million-vnd',
    ])
    expect(work.figures.map((f) => f.valueText)).toEqual(['310 ha', '9,5 tấn/ha'])
  })

  it('from the speaker to the end of a quote that tells of their own household', () => {
    // Made-up place: a co-operative head's quote of the co-operative's field, then of his own.
    const work = workOf(
      'Năm 2024, huyện Hà Lâm gieo trồng 5.200 ha lúa trên đất nuôi tôm. Chỉ tay về cánh đồng, ông Lò Văn Tám khoe: “Năm nay xã viên trong HTX xuống giống được gần 35 ha. Riêng gia đình tôi làm hơn 2 ha”. Năng suất bình quân của huyện đạt 5,1 tấn/ha.',
    )
    expect(setAsideOf(work)).toEqual([
      'one household’s own: gần 35 ha = 35 hectare',
      'one household’s own: hơn 2 ha = 2 hectare',
    ])
    expect(work.figures.map((f) => f.valueText)).toEqual(['5.200 ha', '5,1 tấn/ha'])
  })
})

describe('a household an article tells of by name is its story, set aside until the text turns to the place', () => {
  it('in every sentence that names its head or the family again, over the paragraphs that go on telling of it', () => {
    // Made-up place: a grower's season, then the district's.
    const work = workOf(
      'Gia đình ông Hoàng Văn Tư, thôn 2, xã Mẫu Sơn trồng hơn 4ha cà phê. Mùa này gia đình ông Tư thuê thêm 5 nhân công.\nNhờ vậy, đến nay gia đình đã thu hoạch được 60% diện tích, năng suất trung bình 3,8 tấn/ha.\nNăm 2024, huyện Mẫu Sơn có hơn 18.000 ha cà phê, năng suất bình quân đạt 2,9 tấn/ha.',
    )
    expect(setAsideOf(work)).toEqual([
      'one household’s own: hơn 4ha = 4 hectare',
      'one household’s own: 5 nhân công = 5 other',
      'one household’s own: 60% = 60 percent',
      'one household’s own: 3,8 tấn/ha = 3.8 tonne-per-ha',
    ])
    expect(work.figures.map((f) => f.valueText)).toEqual(['hơn 18.000 ha', '2,9 tấn/ha'])
  })
})

describe('an earlier estimate beside the figure that revises it is set aside', () => {
  it('in brackets, after “so với … trước đó” and after “điều chỉnh giảm nhẹ từ”', () => {
    // Made-up place: a province's year figures, revised since the session's report.
    const work = workOf(
      'Năm 2025, sau khi rà soát, GRDP của tỉnh Mẫu Đông tăng 8,12%, điều chỉnh giảm nhẹ so với mức 8,4% trước đó. Chỉ số sản xuất công nghiệp tăng 11,3% (trước đó 11,5%). Sản lượng thủy sản đạt 95.300 tấn, tăng 3,2%, điều chỉnh giảm nhẹ từ 3,6%. Có 40 dự án được cấp phép, tăng so với 35 dự án báo cáo trước.',
    )
    expect(setAsideOf(work)).toEqual([
      'an earlier estimate, revised: 8,4% = 8.4 percent',
      'an earlier estimate, revised: 11,5% = 11.5 percent',
      'an earlier estimate, revised: từ 3,6% = 3.6 percent',
      'an earlier estimate, revised: 35 dự án = 35 project',
    ])
    expect(work.figures.map((f) => f.valueText)).toEqual(['8,12%', '11,3%', '95.300 tấn', '3,2%', '40 dự án'])
  })
})
