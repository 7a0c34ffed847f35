import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { draftDataset } from './draft-dataset.ts'
import { provinceFinder } from './provinces.ts'
import { readPlace, withoutMarks } from './report-place.ts'
import { workFromDraft } from './work-from-draft.ts'

// Made-up places, in the forms real articles name them; made-up provinces, found as the country's are when named alone.
const provinces = provinceFinder(['Mẫu Đông', 'Mẫu Bắc', 'Hòa Lâm'])

describe('readPlace reads the place a report is about', () => {
  it.each<[string, string, [string, string, string] | null]>([
    [
      'a district named in the title, its province in the body',
      'Huyện Mẫu Sơn tổng kết năm 2024\nNăm 2024, huyện Mẫu Sơn (tỉnh Hòa Lâm) thu ngân sách đạt 310 tỷ đồng.',
      ['huyện', 'Mẫu Sơn', 'Hòa Lâm'],
    ],
    [
      'a town written "TX." and named twice in the body',
      'Kết quả năm 2023\nTX. Bến Nguyệt đạt 12/14 chỉ tiêu. Thị xã Bến Nguyệt có 9 phường.',
      ['thị xã', 'Bến Nguyệt', ''],
    ],
    [
      'a town written "TX." with no space before its name, in the title and the body',
      'TX.Bến Nguyệt: nhiều chỉ tiêu đạt khá\nTừ đầu năm đến nay, kinh tế của TX.Bến Nguyệt tăng trưởng; TX.Bến Nguyệt thu ngân sách 210 tỷ đồng.',
      ['thị xã', 'Bến Nguyệt', ''],
    ],
    [
      'a province whose official is named after its council: the person is no place',
      'Chiều 7/10, Chủ tịch UBND tỉnh Trần Văn Bảy chủ trì phiên họp. Tỉnh Cửu Giang có GRDP tăng 7%; tỉnh Cửu Giang thu ngân sách đạt 900 tỷ đồng.',
      ['tỉnh', 'Cửu Giang', 'Cửu Giang'],
    ],
    [
      'a city of the centre is its own province',
      'Thành phố Hà Nội 6 tháng đầu năm\nGRDP của thành phố Hà Nội ước tăng 6%.',
      ['thành phố', 'Hà Nội', 'Hà Nội'],
    ],
    [
      'a commune below a district and a province named once each',
      'Xã Lộc Vân tổng kết nhiệm kỳ\nĐảng bộ xã Lộc Vân, huyện Bản Thi, tỉnh Hòa Lâm có 312 đảng viên.',
      ['xã', 'Lộc Vân', 'Hòa Lâm'],
    ],
    [
      'a place named once, in the body only: not enough to say',
      'Năm 2024, huyện Mẫu Sơn thu 310 tỷ đồng.',
      null,
    ],
    [
      'a field written with capitals is no place',
      'KINH TẾ - Xã Hội\nKinh tế - Xã Hội phát triển; Xã Hội ổn định.',
      null,
    ],
    [
      'a kind of place ending a line is not named by the next line',
      'Toàn huyện\nTừ đầu năm, huyện\nTừ …',
      null,
    ],
    [
      'a province named alone in the title and the body, another named with its kind twice',
      'Mẫu Đông tiếp tục dẫn đầu vùng về xuất khẩu\nTrong đó, Mẫu Đông đạt 659 triệu USD. Tiếp đến là tỉnh Mẫu Bắc với 525 triệu USD; tỉnh Mẫu Bắc tăng 5%. Mẫu Đông chiếm 28%.',
      ['tỉnh', 'Mẫu Đông', 'Mẫu Đông'],
    ],
    [
      'a district named with its kind twice, in a text that names its province alone more',
      'Huyện Lam Sơn về đích nông thôn mới\nNăm 2024, huyện Lam Sơn đạt 19/19 tiêu chí. Hòa Lâm có 5 huyện đạt chuẩn; Hòa Lâm phấn đấu thêm 2 huyện; Hòa Lâm khen thưởng.',
      ['huyện', 'Lam Sơn', 'Hòa Lâm'],
    ],
    [
      'provinces named alone once each, in a ranking, are no province of the place',
      'Thành phố Lam Sơn năm 2025\nGRDP của TP Lam Sơn tăng 8,6%, xếp thứ 3 trong vùng. Dẫn đầu vùng là Mẫu Đông (11,2%), Mẫu Bắc tăng 10,6%; Hòa Lâm với 7,9%.',
      ['thành phố', 'Lam Sơn', ''],
    ],
    [
      'a city named as its province, with the province named beside it once',
      'Thành phố Mẫu Đông tổng kết năm 2024\nNăm 2024, thành phố Mẫu Đông (tỉnh Mẫu Đông) thu ngân sách đạt 900 tỷ đồng.',
      ['thành phố', 'Mẫu Đông', 'Mẫu Đông'],
    ],
    [
      'a town named as its province, the province not named at all',
      'Thị xã Hòa Lâm năm 2024\nThị xã Hòa Lâm có 9 phường, thu ngân sách đạt 310 tỷ đồng.',
      ['thị xã', 'Hòa Lâm', 'Hòa Lâm'],
    ],
    [
      'a title in capitals names its place as one in small letters would',
      'THƯ CHÚC MỪNG NĂM MỚI 2026 CỦA TỈNH ỦY - ỦY BAN NHÂN DÂN TỈNH HÒA LÂM\nNăm 2025, Đảng bộ và nhân dân tỉnh Hòa Lâm đã hoàn thành các nhiệm vụ.',
      ['tỉnh', 'Hòa Lâm', 'Hòa Lâm'],
    ],
    [
      'a district named as a province is not taken to be in it',
      'Huyện Mẫu Bắc năm 2024\nHuyện Mẫu Bắc có 15 xã, thu ngân sách đạt 310 tỷ đồng.',
      ['huyện', 'Mẫu Bắc', ''],
    ],
    [
      'a person’s name with a province’s in it, and a street named after one, name no place',
      'Kỳ họp HĐND thị xã Bến Nguyệt\nDự có bà Đỗ Thị Hòa Lâm. Thị xã Bến Nguyệt có 9 phường, trụ sở trên đường Mẫu Bắc Phủ.',
      ['thị xã', 'Bến Nguyệt', ''],
    ],
  ])('%s', (_what, text, expected) => {
    const titleEnd = text.indexOf('\n')
    const place = readPlace(text, titleEnd < 0 ? 0 : titleEnd, provinces)
    expect(place && [place.kind.vi, place.name.vi, place.province.vi]).toEqual(expected)
  })

  it('reads a city run by the centre written in capitals after its kind (“TP HCM”) as the place’s province', () => {
    const text =
      'Ngày 20-8, Đảng bộ phường Mẫu Sơn, TP HCM đã tổ chức thành công Đại hội đại biểu lần thứ I.\nPhường Mẫu Sơn có diện tích tự nhiên 16,2 km2.'
    const place = readPlace(text, text.indexOf('\n'))
    expect(place && [place.kind.vi, place.name.vi, place.province.vi]).toEqual([
      'phường',
      'Mẫu Sơn',
      'Hồ Chí Minh',
    ])
  })

  it('gives the English the dashboard uses: the kind in English, the names without their marks', () => {
    expect(readPlace('Thị xã Bến Nguyệt\nThị xã Bến Nguyệt, tỉnh Đắk Hòa.', 17)).toEqual({
      name: { vi: 'Bến Nguyệt', en: 'Ben Nguyet' },
      kind: { vi: 'thị xã', en: 'town' },
      province: { vi: 'Đắk Hòa', en: 'Dak Hoa' },
    })
    expect(withoutMarks('Đông Hà, Quảng Trị')).toBe('Dong Ha, Quang Tri')
  })
})

describe('the maker’s work made from a draft', () => {
  it('starts with the place the report names: Đông Hà, a city of Quảng Trị', () => {
    const text = readFileSync(new URL('../../data/dong-ha-2024-03-07.vi.txt', import.meta.url), 'utf8')
    const { report } = workFromDraft(draftDataset(text, 'dong-ha.vi.txt'), text, 'dong-ha.vi.txt')
    expect([report.placeName, report.placeKind, report.province]).toEqual([
      'Đông Hà',
      'thành phố',
      'Quảng Trị',
    ])
    expect([report.placeNameEn, report.placeKindEn, report.provinceEn]).toEqual([
      'Dong Ha',
      'city',
      'Quang Tri',
    ])
  })

  it('reads the place whose council opens a text with no title, named once, a name cut short said of it later', () => {
    const text =
      'BHG - Sáng 2.1, UBND huyện Mẫu Sơn tổ chức Lễ ra quân triển khai thực hiện các chỉ tiêu phát triển KT – XH năm 2027.\n\nNăm 2026, huyện Mẫu đã phổ biến kế hoạch đến toàn dân; thu ngân sách đạt 166,3 tỷ đồng.'
    const { report } = workFromDraft(draftDataset(text, 'mau.vi.txt'), text, 'mau.vi.txt')
    expect([report.placeName, report.placeKind]).toEqual(['Mẫu Sơn', 'huyện'])
  })

  it('leaves the place for a person where the text does not name it enough', () => {
    const text = 'Năm 2024, huyện Mẫu Sơn thu ngân sách đạt 310 tỷ đồng.'
    const { report } = workFromDraft(draftDataset(text, 'mau.vi.txt'), text, 'mau.vi.txt')
    expect([report.placeName, report.placeKind, report.province, report.placeNameEn]).toEqual([
      '',
      '',
      '',
      '',
    ])
  })
})
