import { describe, expect, it } from 'vitest'
import { findTimeExpressions } from './time-expressions.ts'

const read = (text: string) =>
  findTimeExpressions(text).map(({ kind, words, year, yearOffset, partOfYear, isSpan, isPlan }) => ({
    kind,
    words,
    ...(year === undefined ? {} : { year }),
    ...(yearOffset === undefined ? {} : { yearOffset }),
    ...(partOfYear === undefined ? {} : { partOfYear }),
    ...(isSpan ? { isSpan } : {}),
    ...(isPlan ? { isPlan } : {}),
  }))

describe('findTimeExpressions says what each time expression does to the figures around it', () => {
  it.each<[string, object[]]>([
    ['Năm 2024, thu ngân sách', [{ kind: 'period', words: 'Năm 2024', year: 2024 }]],
    // The last day of a year figures are counted up to is the end of that year.
    [
      'đến thời điểm 31/12/2019, toàn tỉnh giảm được 4,44% hộ nghèo',
      [{ kind: 'point', words: 'đến thời điểm 31/12/2019', year: 2019 }],
    ],
    // A term a page typed with one digit too many is still the term.
    [
      'Đại hội lần thứ XV nhiệm kỳ 2015- 20202',
      [{ kind: 'term', words: 'nhiệm kỳ 2015- 20202', year: 2020, isSpan: true }],
    ],
    ['cả năm', [{ kind: 'period', words: 'cả năm', yearOffset: 0 }]],
    ['bằng 92,6% năm 2019', [{ kind: 'base', words: 'năm 2019', year: 2019 }]],
    [
      'giảm 1,1% so với thời điểm rà soát năm 2023',
      [{ kind: 'base', words: 'so với thời điểm rà soát năm 2023', year: 2023 }],
    ],
    [
      '6 tháng đầu năm 2024',
      [{ kind: 'part-of-year', words: '6 tháng đầu năm 2024', year: 2024, partOfYear: '6 tháng đầu năm' }],
    ],
    // A meeting's month is no part of the year reported; its year stays.
    ['UBND tỉnh tổ chức phiên họp tháng 6 năm 2024.', [{ kind: 'period', words: 'năm 2024', year: 2024 }]],
    // A month something is to be done by is a day, not a part of the year reported.
    ['đại hội chi bộ hoàn thành trước tháng 2/2020', [{ kind: 'date', words: '2/2020' }]],
    [
      'Trong quý đầu năm 2023, kinh tế',
      [{ kind: 'part-of-year', words: 'quý đầu năm 2023', year: 2023, partOfYear: 'quý đầu' }],
    ],
    [
      '9 tháng năm 2024',
      [{ kind: 'part-of-year', words: '9 tháng năm 2024', year: 2024, partOfYear: '9 tháng' }],
    ],
    ['quý I/2025', [{ kind: 'part-of-year', words: 'quý I/2025', year: 2025, partOfYear: 'quý I' }]],
    ['giá trị tổng sản phẩm theo giá năm 2010 đạt', [{ kind: 'price-base', words: 'theo giá năm 2010' }]],
    // A survey cited as a source is no time of the figures around it.
    [
      'có thu nhập cao nhất nước theo kết quả khảo sát của Tổng cục Thống kê năm 2022;',
      [{ kind: 'cited', words: 'kết quả khảo sát của Tổng cục Thống kê năm 2022' }],
    ],
    // A programme of events named by its year is no time of the figures around it.
    [
      'tổ chức thành công Năm Du lịch Quốc gia 2024, đón 1,2 triệu lượt khách',
      [{ kind: 'cited', words: 'Năm Du lịch Quốc gia 2024' }],
    ],
    // A quarter in digits is no day of a month.
    [
      'Quý 1/2023, huyện ủy đã lãnh đạo',
      [{ kind: 'part-of-year', words: 'Quý 1/2023', year: 2023, partOfYear: 'Quý 1' }],
    ],
    ['tăng 5% so với quý 1/2022', [{ kind: 'base', words: 'so với quý 1/2022', year: 2022 }]],
    // A month with no year, at a clause's start; the months up to it ("Đến tháng 10"); not a day's month.
    [
      'Trong tháng 10, các ngành',
      [{ kind: 'part-of-year', words: 'Trong tháng 10', partOfYear: 'tháng 10' }],
    ],
    ['Đến tháng 10, toàn tỉnh', [{ kind: 'part-of-year', words: 'Đến tháng 10', partOfYear: '10 tháng' }]],
    ['họp ngày 5 tháng 10, toàn tỉnh', [{ kind: 'date', words: 'ngày 5 tháng 10' }]],
    // The poverty line's period names the line, no time of the figures.
    [
      'Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2021-2025 giảm còn 2,1%',
      [{ kind: 'cited', words: 'chuẩn nghèo đa chiều giai đoạn 2021-2025' }],
    ],
    ['Giai đoạn 2021 -2025, hộ nghèo 52/823 hộ', [{ kind: 'cited', words: 'Giai đoạn 2021 -2025' }]],
    // A day's month and year are that day's, no month reported.
    [
      'Đại hội diễn ra từ ngày 8 đến ngày 10 tháng 10 năm 2025, Đại hội',
      [{ kind: 'date', words: 'ngày 10 tháng 10 năm 2025' }],
    ],
    // The point a record is counted from is no time of the figure.
    [
      'đạt mức cao nhất kể từ đầu nhiệm kỳ 2020-2025',
      [{ kind: 'cited', words: 'kể từ đầu nhiệm kỳ 2020-2025' }],
    ],
    [
      'Từ đầu năm đến nay',
      [{ kind: 'part-of-year', words: 'Từ đầu năm đến nay', partOfYear: 'từ đầu năm đến nay' }],
    ],
    ['so với cùng kỳ', [{ kind: 'base', words: 'so với cùng kỳ', yearOffset: -1 }]],
    ['so cùng kỳ năm 2023', [{ kind: 'base', words: 'so cùng kỳ năm 2023', year: 2023 }]],
    ['so với năm 2022', [{ kind: 'base', words: 'so với năm 2022', year: 2022 }]],
    [
      'hoàn thành khám tuyển nghĩa vụ quân sự năm 2024',
      [{ kind: 'cited', words: 'nghĩa vụ quân sự năm 2024' }],
    ],
    // What was done in the year compared with is still the year compared with, not the results' year.
    ['so với thực hiện năm 2022', [{ kind: 'base', words: 'so với thực hiện năm 2022', year: 2022 }]],
    ['so với kế hoạch', [{ kind: 'base', words: 'so với kế hoạch', isPlan: true }]],
    [
      'so với dự toán năm 2024',
      [{ kind: 'base', words: 'so với dự toán năm 2024', isPlan: true, year: 2024 }],
    ],
    // The council's name: no time of what it decides.
    [
      'HĐND tỉnh Mẫu Sơn khóa XV, nhiệm kỳ 2021 – 2026, đã thông qua',
      [{ kind: 'cited', words: 'khóa XV, nhiệm kỳ 2021 – 2026' }],
    ],
    // The same kind of amount a year before, named in words: the year compared with.
    [
      'cao hơn 1,8% so với mức tăng trưởng năm 2022',
      [{ kind: 'base', words: 'so với mức tăng trưởng năm 2022', year: 2022 }],
    ],
    ['gấp 1,6 lần năm 2020', [{ kind: 'base', words: 'năm 2020', year: 2020 }]],
    // A change against a year with "so" left out.
    ['tăng 1.966,01ha với năm 2023', [{ kind: 'base', words: 'với năm 2023', year: 2023 }]],
    [
      'giai đoạn 2026 - 2030',
      [{ kind: 'deadline', words: 'giai đoạn 2026 - 2030', year: 2030, isSpan: true }],
    ],
    ['đến năm 2030', [{ kind: 'deadline', words: 'đến năm 2030', year: 2030 }]],
    ['nhiệm kỳ 2021-2026', [{ kind: 'term', words: 'nhiệm kỳ 2021-2026', year: 2026, isSpan: true }]],
    ['theo giá so sánh năm 2010', [{ kind: 'price-base', words: 'giá so sánh năm 2010' }]],
    [
      'Nghị quyết số 23/NQ-HĐND ngày 22/7/2021 của HĐND tỉnh',
      [{ kind: 'cited', words: 'Nghị quyết số 23/NQ-HĐND ngày 22/7/2021' }],
    ],
    [
      'thực hiệnNghị quyết số 04/2019/NQ-HĐND ngày 9 tháng 12 năm 2019 của HĐND',
      [{ kind: 'cited', words: 'Nghị quyết số 04/2019/NQ-HĐND ngày 9 tháng 12 năm 2019' }],
    ],
    [
      'sau Hội nghị Xúc tiến đầu tư tỉnh năm 2018',
      [{ kind: 'cited', words: 'Hội nghị Xúc tiến đầu tư tỉnh năm 2018' }],
    ],
    ['kỳ họp diễn ra trong 2 ngày 19 – 20/12', [{ kind: 'date', words: '19 – 20/12' }]],
    ['Sáng nay 20/12', [{ kind: 'date', words: 'Sáng nay 20/12' }]],
    ['(23 và 24-12)', [{ kind: 'date', words: '23 và 24-12' }]],
    ['đạt 8,5 - 9%', []],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected)
  })
})
