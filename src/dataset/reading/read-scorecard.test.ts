import { describe, expect, it } from 'vitest'
import { numberFromWords, readScorecards } from './read-scorecard.ts'

describe('readScorecards reads how many targets a report says were reached', () => {
  it.each<[string, [number, number, string] | null]>([
    ['có 8/13 chỉ tiêu chủ yếu đạt và vượt kế hoạch', [8, 13, '8/13 chỉ tiêu']],
    ['có 19 trên 23 chỉ tiêu đạt', [19, 23, '19 trên 23 chỉ tiêu']],
    // A page's typo of "chỉ tiêu", its words kept as written.
    [
      'Trong 24 chỉ tiêu được HĐND tỉnh giao có 13 chỉ triêu đạt và vượt kế hoạch, 11 chỉ tiêu không đạt.',
      [13, 24, '24 chỉ tiêu được HĐND tỉnh giao có 13 chỉ triêu đạt và vượt kế hoạch, 11 chỉ tiêu không đạt'],
    ],
    // A fraction with the targets named after what was done.
    ['Có 14/17 hoàn thành đạt và vượt chỉ tiêu.', [14, 17, '14/17']],
    ['có 3/5 xã đạt chỉ tiêu', null],
    [
      'Cả 18 chỉ tiêu kinh tế - xã hội chủ yếu của thành phố đều hoàn thành và hoàn thành vượt mức kế hoạch.',
      [18, 18, 'Cả 18 chỉ tiêu kinh tế - xã hội chủ yếu của thành phố đều hoàn thành và hoàn thành vượt'],
    ],
    // The targets set, named by "đề ra", all reached; not when a larger whole is counted first or some were missed.
    [
      'Hoàn thành 24 chỉ tiêu Nghị quyết đề ra, trong đó có 9 chỉ tiêu vượt kế hoạch',
      [24, 24, 'Hoàn thành 24 chỉ tiêu Nghị quyết đề ra'],
    ],
    [
      'Trong 26 chỉ tiêu, xã hoàn thành 21 chỉ tiêu đề ra.',
      [21, 26, '26 chỉ tiêu, xã hoàn thành 21 chỉ tiêu'],
    ],
    [
      'Xã hoàn thành 21 chỉ tiêu đề ra, còn 3 chỉ tiêu chưa đạt.',
      [21, 24, 'hoàn thành 21 chỉ tiêu đề ra, còn 3 chỉ tiêu chưa đạt'],
    ],
    [
      'Thị xã đã hoàn thành kế hoạch toàn bộ 15 chỉ tiêu kinh tế - xã hội',
      [15, 15, 'hoàn thành kế hoạch toàn bộ 15 chỉ tiêu'],
    ],
    // Those exceeded only are no count of all reached.
    ['Trong số 22 chỉ tiêu phát triển của năm, có 9 chỉ tiêu vượt kế hoạch đề ra.', null],
    ['năm 2025, phường đã đạt được những con số ấn tượng: 7/12 chỉ tiêu vượt kế hoạch', null],
    // Those beyond the plan and those that reached it, said beyond first.
    ['Năm 2026, huyện có 11/14 chỉ tiêu vượt và đạt kế hoạch đề ra.', [11, 14, '11/14 chỉ tiêu']],
    // A fraction of "the targets"; a count reached said with no "chỉ tiêu" of its own.
    ['hoàn thành đạt và vượt 10/11 các chỉ tiêu Nghị quyết đề ra', [10, 11, '10/11']],
    [
      'Trong năm phường đã đề ra 27 chỉ tiêu, và đã có 25 hoàn thành',
      [25, 27, '27 chỉ tiêu, và đã có 25 hoàn thành'],
    ],
    ['đạt 10/11 các xã', null],
    // Bands short of the aim, "trên 50%" with no "đạt" too, are counts not reached.
    [
      'trong tổng số 20 chỉ tiêu chủ yếu: có 06 chỉ tiêu đạt và vượt so với Nghị quyết; 09 chỉ tiêu đạt trên 90% so với Nghị quyết; 03 chỉ tiêu đạt trên 70% so với Nghị quyết; 02 chỉ tiêu trên 50% so với Nghị quyết.',
      [
        6,
        20,
        '20 chỉ tiêu chủ yếu: có 06 chỉ tiêu đạt và vượt so với Nghị quyết; 09 chỉ tiêu đạt trên 90% so với Nghị quyết; 03 chỉ tiêu đạt trên 70% so với Nghị quyết; 02 chỉ tiêu trên 50%',
      ],
    ],
    // Targets that can be reckoned so far, and their parts, are not targets reached.
    [
      'Đến hết tháng 6, có 26/40 chỉ tiêu có kết quả và đánh giá được tiến độ gồm 18/28 chỉ tiêu của tỉnh',
      null,
    ],
    // Every target reached, then how many went beyond: the count of those beyond is no scorecard of its own.
    [
      'Toàn bộ 27 chỉ tiêu chủ yếu đều hoàn thành, có 21 chỉ tiêu vượt kế hoạch',
      [27, 27, 'Toàn bộ 27 chỉ tiêu chủ yếu đều hoàn thành'],
    ],
    ['tất cả 15 chỉ tiêu đều đạt và vượt kế hoạch', [15, 15, 'tất cả 15 chỉ tiêu đều đạt và vượt kế hoạch']],
    [
      'tỉnh đạt và vượt toàn bộ 20 chỉ tiêu, trong đó 12 chỉ tiêu vượt Nghị quyết',
      [20, 20, 'đạt và vượt toàn bộ 20 chỉ tiêu'],
    ],
    ['thực hiện đạt và vượt 17 trong số 20 chỉ tiêu', [17, 20, '17 trong số 20 chỉ tiêu']],
    // Every count reached, under the total written before: all of them; alone, a few of many, no scorecard.
    [
      'Trong 32 chỉ tiêu của Nghị quyết, có 7 chỉ tiêu vượt và 25 chỉ tiêu đạt so với Nghị quyết',
      [32, 32, '32 chỉ tiêu của Nghị quyết, có 7 chỉ tiêu vượt và 25 chỉ tiêu đạt'],
    ],
    ['năm nay có 7 chỉ tiêu vượt và 25 chỉ tiêu đạt', null],
    // A scorecard told by the targets missed, or by each outcome over one total.
    ['Cũng theo báo cáo, 3/24 chỉ tiêu chưa đạt là …', [21, 24, '3/24 chỉ tiêu chưa đạt']],
    // Those beyond among those reached: the parts add up past the total.
    [
      'Có 18/21 chỉ tiêu đạt và 6/21 chỉ tiêu vượt so với kế hoạch',
      [18, 21, '18/21 chỉ tiêu đạt và 6/21 chỉ tiêu vượt'],
    ],
    [
      'có 6/20 chỉ tiêu vượt, 11/20 chỉ tiêu đạt và 3/20 chỉ tiêu không đạt',
      [17, 20, '6/20 chỉ tiêu vượt, 11/20 chỉ tiêu đạt và 3/20 chỉ tiêu không đạt'],
    ],
    // The detail of a scorecard just given is no second one.
    [
      'đạt và vượt 13/15 chỉ tiêu; trong đó có 4 chỉ tiêu vượt, 9 chỉ tiêu đạt và 2 chỉ tiêu chưa đạt',
      [13, 15, '13/15 chỉ tiêu'],
    ],
    // Reached as a year-end report expects it; the groups the targets fall in are no count of them.
    [
      'Trong 19 chỉ tiêu thành phần (của 16 nhóm chỉ tiêu) chủ yếu năm 2024, có 15 chỉ tiêu dự kiến đạt, vượt',
      [15, 19, '19 chỉ tiêu thành phần (của 16 nhóm chỉ tiêu) chủ yếu năm 2024, có 15 chỉ tiêu dự kiến đạt'],
    ],
    // The plan named between the verb and the count.
    [
      'Trong số 21 chỉ tiêu chủ yếu năm 2023, tỉnh đạt và vượt kế hoạch 17 chỉ tiêu',
      [17, 21, '21 chỉ tiêu chủ yếu năm 2023, tỉnh đạt và vượt kế hoạch 17 chỉ tiêu'],
    ],
    [
      'ước thực hiện đạt và vượt 20 chỉ tiêu/21 chỉ tiêu kinh tế - xã hội',
      [20, 21, '20 chỉ tiêu/21 chỉ tiêu'],
    ],
    [
      'đề ra 22 chỉ tiêu, trong đó thực hiện đạt và vượt 19 chỉ tiêu, còn 3 chỉ tiêu chưa đạt',
      [19, 22, '22 chỉ tiêu, trong đó thực hiện đạt và vượt 19 chỉ tiêu, còn 3 chỉ tiêu chưa đạt'],
    ],
    [
      'Trong 24 chỉ tiêu chủ yếu, có 20 chỉ tiêu đạt và vượt',
      [20, 24, '24 chỉ tiêu chủ yếu, có 20 chỉ tiêu đạt và vượt'],
    ],
    [
      'trong hai mươi ba chỉ tiêu, có mười chín chỉ tiêu đạt',
      [19, 23, 'hai mươi ba chỉ tiêu, có mười chín chỉ tiêu đạt'],
    ],
    [
      'thực hiện vượt 9 chỉ tiêu, 4 chỉ tiêu đạt 100%, 2 chỉ tiêu cơ bản đạt và 1 chỉ tiêu không đạt.',
      [
        13,
        16,
        'thực hiện vượt 9 chỉ tiêu, 4 chỉ tiêu đạt 100%, 2 chỉ tiêu cơ bản đạt và 1 chỉ tiêu không đạt',
      ],
    ],
    // Those beyond the plan, all of them: every target reached.
    ['Huyện có 15/15 chỉ tiêu vượt kế hoạch.', [15, 15, '15/15 chỉ tiêu']],
    // By the share of its aim each group reached: only the first reached it.
    [
      'có 11/40 chỉ tiêu đạt 100% trở lên, 15/40 chỉ tiêu đạt từ 70 đến dưới 100%, 14/40 chỉ tiêu đạt dưới 70%.',
      [
        11,
        40,
        '11/40 chỉ tiêu đạt 100% trở lên, 15/40 chỉ tiêu đạt từ 70 đến dưới 100%, 14/40 chỉ tiêu đạt dưới 70%',
      ],
    ],
    [
      'có 17 chỉ tiêu đạt và vượt, 3 chỉ tiêu chưa đạt',
      [17, 20, '17 chỉ tiêu đạt và vượt, 3 chỉ tiêu chưa đạt'],
    ],
    [
      'Trong 16 chỉ tiêu chủ yếu, xã vượt 9 chỉ tiêu, 4 chỉ tiêu đạt, 2 chỉ tiêu cơ bản đạt và 1 chỉ tiêu không đạt',
      [
        13,
        16,
        '16 chỉ tiêu chủ yếu, xã vượt 9 chỉ tiêu, 4 chỉ tiêu đạt, 2 chỉ tiêu cơ bản đạt và 1 chỉ tiêu không đạt',
      ],
    ],
    // Counts all reached under a larger total: the rest were not.
    [
      'Trong tổng số 25 chỉ tiêu chủ yếu của năm 2025, huyện có 12 chỉ tiêu vượt kế hoạch và 9 chỉ tiêu đạt kế hoạch.',
      [21, 25, '25 chỉ tiêu chủ yếu của năm 2025, huyện có 12 chỉ tiêu vượt kế hoạch và 9 chỉ tiêu đạt'],
    ],
    // A target reached to a share of its aim is not reached; a breakdown's items may be set apart by semicolons.
    [
      'Đến nay, huyện đã thực hiện 18 chỉ tiêu đạt và vượt mục tiêu Nghị quyết; 4 chỉ tiêu đạt trên 80%; 1 chỉ tiêu đạt dưới 50% mục tiêu Nghị quyết.',
      [
        18,
        23,
        '18 chỉ tiêu đạt và vượt mục tiêu Nghị quyết; 4 chỉ tiêu đạt trên 80%; 1 chỉ tiêu đạt dưới 50%',
      ],
    ],
    // A target on track ("đúng hướng") is not reached; groups of targets count as targets.
    [
      'Trong 26 chỉ tiêu chủ yếu theo Nghị quyết, có 15 chỉ tiêu vượt kế hoạch, 9 chỉ tiêu đạt kế hoạch và 2 chỉ tiêu đúng hướng.',
      [
        24,
        26,
        '26 chỉ tiêu chủ yếu theo Nghị quyết, có 15 chỉ tiêu vượt kế hoạch, 9 chỉ tiêu đạt kế hoạch và 2 chỉ tiêu đúng hướng',
      ],
    ],
    ['địa phương đạt và vượt 16/16 nhóm chỉ tiêu', [16, 16, '16/16 nhóm chỉ tiêu']],
    // Groups of targets counted as targets are, when no target is counted beside them.
    [
      'Trong 17 nhóm chỉ tiêu huyện đề ra thực hiện trong năm 2025, có 9 nhóm chỉ tiêu đạt và 8 nhóm chỉ tiêu vượt kế hoạch',
      [
        17,
        17,
        '17 nhóm chỉ tiêu huyện đề ra thực hiện trong năm 2025, có 9 nhóm chỉ tiêu đạt và 8 nhóm chỉ tiêu vượt',
      ],
    ],
    [
      'năm 2025, toàn bộ 5 chỉ tiêu của ngành đều đạt và vượt kế hoạch đề ra',
      [5, 5, 'toàn bộ 5 chỉ tiêu của ngành đều đạt và vượt kế hoạch'],
    ],
    [
      'Trong tổng số 28 chỉ tiêu chủ yếu năm 2025 của huyện Mây Hồng có 24 chỉ tiêu cơ bản đạt và vượt kế hoạch',
      [24, 28, '28 chỉ tiêu chủ yếu năm 2025 của huyện Mây Hồng có 24 chỉ tiêu cơ bản đạt và vượt'],
    ],
    ['Trong tổng số 28 chỉ tiêu, có 3 chỉ tiêu cơ bản đạt', null],
    [
      'Trong 19 chỉ tiêu theo Nghị quyết Đại hội, nhiệm kỳ 2020-2025; đến nay, huyện đã hoàn thành 100% chỉ tiêu đề ra',
      [
        19,
        19,
        '19 chỉ tiêu theo Nghị quyết Đại hội, nhiệm kỳ 2020-2025; đến nay, huyện đã hoàn thành 100% chỉ tiêu',
      ],
    ],
    ['vượt 9 chỉ tiêu, 4 chỉ tiêu đạt 100%.', null],
    ['Năm 2025, huyện đề ra 22 chỉ tiêu chủ yếu.', null],
    ['7/10 xã đạt chuẩn', null],
  ])('%j', (text, expected) => {
    const card = readScorecards(text)[0]
    expect(card ? [card.achieved, card.total, card.valueText] : null).toEqual(expected)
  })

  it.each<[string, number]>([
    ['bốn', 4],
    ['mười', 10],
    ['mười chín', 19],
    ['hai mươi', 20],
    ['hai mươi mốt', 21],
    ['hai mươi lăm', 25],
    ['ba mươi tư', 34],
  ])('reads %j as %d', (words, value) => {
    expect(numberFromWords(words)).toBe(value)
  })
})

describe('the detail of a scorecard just given', () => {
  it('is no scorecard of its own ("18/19 chỉ tiêu …, trong đó 3/19 chỉ tiêu … đều hoàn thành vượt")', () => {
    const text =
      'huyện đã hoàn thành và hoàn thành vượt mức 17/18 chỉ tiêu kinh tế - xã hội, trong đó 4/18 chỉ tiêu kinh tế quan trọng đều hoàn thành vượt kế hoạch.'
    expect(readScorecards(text).map((card) => [card.achieved, card.total])).toEqual([[17, 18]])
  })
})

describe('readScorecards marks a scorecard the words only expect reached', () => {
  it.each<[string, boolean]>([
    ['Năm 2025, tỉnh Mẫu Đông có 21/26 chỉ tiêu kinh tế - xã hội dự kiến hoàn thành', true],
    ['ước cả năm đạt và vượt 17/20 chỉ tiêu', true],
    ['Dự kiến có 19/22 chỉ tiêu đạt và vượt kế hoạch', true],
    ['Ước thực hiện cả năm 2021, huyện Mẫu Sơn có 17/22 chỉ tiêu đạt và vượt kế hoạch', true],
    ['Năm 2021, huyện Mẫu Sơn có 17/22 chỉ tiêu đạt và vượt kế hoạch', false],
    ['có 8/13 chỉ tiêu chủ yếu đạt và vượt kế hoạch', false],
    // An expectation of something else, after the scorecard's clause, is not the scorecard's.
    ['năm 2024 thực hiện đạt và vượt 19/23 chỉ tiêu; dự kiến năm 2025 tăng trưởng 8%', false],
  ])('%j', (text, isEstimate) => {
    expect(readScorecards(text)[0]?.isEstimate === true).toBe(isEstimate)
  })
})
