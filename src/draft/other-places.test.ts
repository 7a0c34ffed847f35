import { describe, expect, it } from 'vitest'
import { otherPlacesSpans, ownPlaces } from './other-places.ts'
import { provinceFinder } from './provinces.ts'
import { splitReport } from './split-text.ts'

// Made-up provinces, found as the country's are.
const provinces = provinceFinder([
  'Mẫu Đông',
  'Mẫu Bắc',
  'Mẫu Nam',
  'Mẫu Tây',
  'Hòa Lâm',
  'Cửu Giang',
  'Bến Nguyệt',
])

/** What the spans of each paragraph cover, with why. */
function otherPlaces(text: string, place = { name: '', province: '' }): string[] {
  const places = ownPlaces(text, place, provinces)
  return splitReport(text).flatMap((paragraph) =>
    otherPlacesSpans(paragraph, places).map(
      (span) => `${span.reason}: ${paragraph.text.slice(span.start, span.end)}`,
    ),
  )
}

describe('other places’ levels and counts are not the report’s figures', () => {
  it('takes the levels of three other provinces listed in a sentence, and what their items say, keeping the own one', () => {
    expect(
      otherPlaces(
        'Năm 2024, GRDP của Mẫu Đông tăng 8,4%, xếp thứ 4 cả nước. Dẫn đầu là Mẫu Bắc (11,2%), Mẫu Nam tăng 10,6%; Mẫu Tây với 312 triệu USD, chiếm 9,1%; Mẫu Đông 8,4%.',
      ),
    ).toEqual([
      "another place's level: 11,2%), ",
      "another place's level: 10,6%",
      "another place's level: 312 triệu USD, chiếm 9,1%",
    ])
  })

  it('leaves one or two other places compared with to the comparison', () => {
    expect(
      otherPlaces('Năm 2024, GRDP của tỉnh Mẫu Đông tăng 8,4%, cao hơn Mẫu Bắc (7,2%) và Mẫu Nam (6,9%).', {
        name: 'Mẫu Đông',
        province: 'Mẫu Đông',
      }),
    ).toEqual([])
  })

  it('in a text surveying the country’s provinces, takes the places counted and the levels said of them', () => {
    expect(
      otherPlaces(
        'Theo Bộ Tài chính, 9 tháng năm 2025 có 15/34 địa phương tăng trưởng từ 8% trở lên. Mẫu Đông là 1 trong 8 địa phương chưa đạt kỳ vọng. Cụ thể, Mẫu Bắc tăng 6,1%; Mẫu Nam 6,4%; Mẫu Tây 6,2%; Hòa Lâm 7%; Cửu Giang 6,6%; Mẫu Đông 7,2%. Mẫu Đông thu ngân sách 9.100 tỷ đồng.',
      ),
    ).toEqual([
      'places of the country: 15/34 địa phương',
      'places of the country: 8%',
      'places of the country: 8 địa phương',
      "another place's level: 6,1%",
      "another place's level: 6,4%",
      "another place's level: 6,2%",
      "another place's level: 7%",
      "another place's level: 6,6%",
    ])
  })

  it('takes the world’s economy as international bodies forecast it, not the province’s', () => {
    expect(
      otherPlaces(
        'Năm 2025, GRDP của Mẫu Đông tăng 7,4%. Quỹ Tiền tệ quốc tế (IMF) dự báo đạt 3,1%, giữ nguyên so với dự báo tháng 7; Ngân hàng Thế giới dự báo kinh tế toàn cầu tăng 2,7%; tỉnh Mẫu Đông thu ngân sách 9.400 tỷ đồng.',
      ),
    ).toEqual([
      "the world's, as forecast: Quỹ Tiền tệ quốc tế (IMF) dự báo đạt 3,1%, giữ nguyên so với dự báo tháng 7",
      "the world's, as forecast: Ngân hàng Thế giới dự báo kinh tế toàn cầu tăng 2,7%",
    ])
  })
})
