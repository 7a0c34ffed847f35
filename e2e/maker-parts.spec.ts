import { readdirSync, readFileSync } from 'node:fs'
import { expect, type Page, test } from '@playwright/test'
import { expectNoErrors, openMaker, pasteAndDraft, row } from './authoring-helpers.ts'
import { horizontalOverflow } from './helpers.ts'

// Fictional articles, pasted as a news page gives them: no date line, results and targets in prose.
const haLam = [
  'Xã Hà Lâm tổng kết năm 2025',
  'Năm 2025, tổng thu ngân sách trên địa bàn xã đạt 12,5 tỷ đồng, vượt 8% dự toán. Thu nhập bình quân đầu người đạt 61 triệu đồng.',
  'Tỷ lệ hộ nghèo còn 1,8%. Toàn xã có 240 hộ kinh doanh.',
  'Năm 2026, xã phấn đấu tổng thu ngân sách đạt 13 tỷ đồng; thu nhập bình quân đầu người đạt 65 triệu đồng.',
].join('\n')

const maiSon = [
  'Huyện Mai Sơn: kỳ họp cuối năm thông qua nhiều nghị quyết',
  'Đánh giá cả nhiệm kỳ 2021 - 2025, huyện đạt 15/17 chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện.',
  'Năm 2025, huyện thực hiện đạt và vượt 11/14 chỉ tiêu chủ yếu. Tổng giá trị sản xuất ước đạt 5.120 tỷ đồng, tăng 8,2%. Thu ngân sách trên địa bàn đạt 410 tỷ đồng.',
  'Kỳ họp thông qua 16 chỉ tiêu chủ yếu năm 2026, trong đó tổng giá trị sản xuất tăng 8,5% trở lên; thu ngân sách trên địa bàn đạt 430 tỷ đồng.',
].join('\n')

const tanBinh = [
  'Xã Tân Bình: 9 tháng thu ngân sách đạt 82% dự toán',
  'Trong 9 tháng năm 2025, tổng thu ngân sách trên địa bàn xã ước đạt 9,8 tỷ đồng, bằng 82% dự toán. Tổng diện tích gieo trồng đạt 1.240 ha. Toàn xã có 38 hộ thoát nghèo.',
].join('\n')

const lucYen = [
  'Huyện Lục Yên đặt mục tiêu năm 2026',
  'HĐND huyện Lục Yên thông qua nghị quyết về nhiệm vụ năm 2026 với các chỉ tiêu chủ yếu: tốc độ tăng giá trị sản xuất đạt 8% trở lên; thu ngân sách trên địa bàn đạt 320 tỷ đồng; tỷ lệ hộ nghèo giảm còn dưới 2%; tỷ lệ che phủ rừng đạt 62%.',
].join('\n')

/** What a person knows that the text does not say. */
async function typeFacts(
  page: Page,
  facts: { place: string; kind: string; province: string; publisher: string; date: string },
) {
  await page.getByLabel('Địa phương', { exact: true }).fill(facts.place)
  await page.getByLabel('Loại (thành phố, huyện…)').fill(facts.kind)
  await page.getByLabel('Tỉnh', { exact: true }).fill(facts.province)
  await page.getByLabel('Nơi đăng', { exact: true }).fill(facts.publisher)
  await page.getByLabel('Ngày đăng', { exact: true }).fill(facts.date)
}

/** Every figure accepted, Hà Lâm's facts typed with the date the page shows, a field for each indicator left without. */
async function completeHaLam(page: Page, date: string) {
  await page.getByRole('button', { name: 'Nhận tất cả số chưa xem' }).click()
  await typeFacts(page, {
    place: 'Hà Lâm',
    kind: 'xã',
    province: 'Tỉnh Mẫu',
    publisher: 'Báo Tỉnh Mẫu',
    date,
  })
  for (const indicator of await page.locator('fieldset[data-indicator]').all()) {
    const field = indicator.getByLabel('Lĩnh vực')
    if ((await field.inputValue()) === '') await field.selectOption('economy-budget')
  }
}

const rows = (page: Page) => page.locator('fieldset[data-figure-key]')

test('the text is edited after the draft: choices on unchanged sentences stay, the rest is listed, and nothing typed is lost', async ({
  page,
}) => {
  await openMaker(page)
  await pasteAndDraft(page, haLam)
  await row(page, '240 hộ kinh doanh').getByRole('button', { name: 'Bỏ', exact: true }).click()
  await row(page, '61 triệu đồng').getByRole('button', { name: 'Nhận', exact: true }).click()
  await row(page, '61 triệu đồng').getByLabel('Tên số liệu').fill('Thu nhập bình quân một người')

  await page.getByText('Sửa hoặc bổ sung văn bản').click()
  const box = page.getByRole('textbox', { name: 'Văn bản đang dùng' })
  // The text in use is the pasted one, as the maker cleaned it (a final line end).
  await expect(box).toHaveValue(`${haLam}\n`)
  const edited = `${haLam}\n`
    .replace('tổng kết năm 2025\n', 'tổng kết năm 2025\nNgày 20/12/2025\n')
    .replace('Tỷ lệ hộ nghèo còn 1,8%.', 'Tỷ lệ hộ nghèo giảm còn 1,6%.')
  await box.fill(edited)
  // An edit not yet read again survives a reload.
  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Văn bản đang dùng' })).toHaveValue(edited)
  await page.getByRole('button', { name: 'Đọc lại văn bản' }).click()

  const revision = page.getByTestId('revision')
  await expect(revision).toContainText('giữ nguyên lựa chọn của 6 số ở câu không đổi')
  await expect(revision).toContainText('1 số ở câu mới hoặc câu đã sửa, cần xem:')
  await expect(revision.getByRole('link', { name: '1,6%' })).toBeVisible()
  await expect(revision).toContainText('1 số không còn trong văn bản nên đã bị bỏ khỏi danh sách:')
  await expect(revision.getByRole('listitem').filter({ hasText: 'Tỷ lệ hộ nghèo còn 1,8%' })).toBeVisible()
  await expect(row(page, '240 hộ kinh doanh')).toHaveAttribute('data-decision', 'rejected')
  await expect(row(page, '61 triệu đồng')).toHaveAttribute('data-decision', 'accepted')
  await expect(row(page, '61 triệu đồng').getByLabel('Tên số liệu')).toHaveValue(
    'Thu nhập bình quân một người',
  )
  await expect(row(page, '1,6%')).toHaveAttribute('data-decision', 'pending')
  await expect(row(page, '1,8%')).toHaveCount(0)
  // The date line added is read: the date is the text's now.
  await expect(page.getByLabel('Ngày đăng', { exact: true })).toHaveValue('20/12/2025')
  await expect(page.getByText('có trong văn bản').first()).toBeVisible()
  // Each new figure is a link to its row.
  await revision.getByRole('link', { name: '1,6%' }).click()
  await expect(row(page, '1,6%').getByLabel('Vai trò')).toBeFocused()
  // The control jumped to is below the sticky bar, not under it.
  const bar = await page.locator('header').first().boundingBox()
  const control = await row(page, '1,6%').getByLabel('Vai trò').boundingBox()
  expect(control && bar && control.y >= bar.y + bar.height).toBe(true)
  await page.getByRole('button', { name: 'Đã xem' }).click()
  await expect(revision).toBeHidden()
  // The reading again is one step: undone, the old text and its rows are back.
  await page.getByRole('button', { name: 'Hoàn tác' }).click()
  await page.getByRole('button', { name: 'Hoàn tác' }).click()
  await expect(row(page, '1,8%')).toHaveCount(1)
  await expect(page.getByRole('textbox', { name: 'Văn bản đang dùng' })).toHaveValue(`${haLam}\n`)
})

test('fast review: a run of rows or a whole sentence is selected and set at once, and keys accept, reject and move', async ({
  page,
}) => {
  await openMaker(page)
  await pasteAndDraft(page, haLam)
  const all = rows(page)
  await expect(all).toHaveCount(7)
  // A checkbox, then Shift on another: the run between them.
  await all.nth(0).getByRole('checkbox').click()
  await all
    .nth(2)
    .getByRole('checkbox')
    .click({ modifiers: ['Shift'] })
  const bar = page.getByRole('group', { name: 'Đã chọn 3 số' })
  await expect(bar).toBeVisible()
  await bar.getByRole('button', { name: 'Nhận các số đã chọn' }).click()
  for (const i of [0, 1, 2]) await expect(all.nth(i)).toHaveAttribute('data-decision', 'accepted')
  await expect(all.nth(3)).toHaveAttribute('data-decision', 'pending')
  await bar.getByRole('button', { name: 'Bỏ chọn' }).click()
  await expect(bar).toBeHidden()

  // The whole 2026 sentence, made results, then given back its year and role at once.
  await row(page, '13 tỷ đồng').getByRole('button', { name: 'Chọn cả câu' }).click()
  const sentence = page.getByRole('group', { name: 'Đã chọn 2 số' })
  await sentence.getByLabel('Đặt vai trò').selectOption('actual')
  for (const valueText of ['13 tỷ đồng', '65 triệu đồng'])
    await expect(row(page, valueText).getByLabel('Vai trò')).toHaveValue('actual')
  await sentence.getByLabel('Đặt vai trò').selectOption('target')
  await sentence.getByLabel('Đặt năm').fill('2027')
  await sentence.getByRole('button', { name: 'Áp dụng' }).first().click()
  for (const valueText of ['13 tỷ đồng', '65 triệu đồng']) {
    await expect(row(page, valueText).getByLabel('Vai trò')).toHaveValue('target')
    await expect(row(page, valueText).getByLabel('Năm', { exact: true })).toHaveValue('2027')
  }
  await sentence.getByRole('button', { name: 'Nhận các số đã chọn' }).click()
  await sentence.getByLabel('Đặt chỉ tiêu').fill('Thu ngân sách xã')
  await sentence.getByRole('button', { name: 'Áp dụng' }).nth(1).click()
  await expect(row(page, '65 triệu đồng').getByLabel('Thuộc chỉ tiêu')).toHaveValue('Thu ngân sách xã')
  await sentence.getByLabel('Đặt lĩnh vực').selectOption('society')
  await expect(
    page.locator('fieldset[data-indicator="Thu ngân sách xã"]').getByLabel('Lĩnh vực'),
  ).toHaveValue('society')
  await sentence.getByRole('button', { name: 'Bỏ chọn' }).click()

  // "Same indicator as the row above".
  await row(page, '65 triệu đồng').getByLabel('Thuộc chỉ tiêu').fill('Thu nhập')
  await row(page, '65 triệu đồng').getByRole('button', { name: 'Cùng chỉ tiêu với dòng trên' }).click()
  await expect(row(page, '65 triệu đồng').getByLabel('Thuộc chỉ tiêu')).toHaveValue('Thu ngân sách xã')

  // Keys: the first row still to look at, N accepts and moves on, B rejects, ↑ goes back, X selects.
  await page.getByRole('button', { name: 'Duyệt bằng bàn phím' }).click()
  await expect(all.nth(3)).toBeFocused()
  await page.keyboard.press('n')
  await expect(all.nth(3)).toHaveAttribute('data-decision', 'accepted')
  await expect(all.nth(4)).toBeFocused()
  await page.keyboard.press('b')
  await expect(all.nth(4)).toHaveAttribute('data-decision', 'rejected')
  await expect(all.nth(5)).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(all.nth(4)).toBeFocused()
  await page.keyboard.press('x')
  await expect(page.getByRole('group', { name: 'Đã chọn 1 số' })).toBeVisible()
  // Typing in a field is the field's: N there is a letter.
  await row(page, '1,8%').getByLabel('Tên số liệu').fill('')
  // Under a loaded CI machine the emptied field was once seen refilled before the key (left as a note to look into).
  await expect(row(page, '1,8%').getByLabel('Tên số liệu')).toHaveValue('')
  await row(page, '1,8%').getByLabel('Tên số liệu').press('n')
  await expect(row(page, '1,8%').getByLabel('Tên số liệu')).toHaveValue('n')
})

test('what the draft inferred of the place is told apart from what the text says and what the person typed', async ({
  page,
}) => {
  await openMaker(page)
  await pasteAndDraft(
    page,
    'TP Hà Lâm tổng kết năm 2025\nNăm 2025, tổng thu ngân sách trên địa bàn TP đạt 12,5 tỷ đồng.',
  )
  const kind = page.getByLabel('Loại (thành phố, huyện…)')
  await expect(kind).toHaveValue('thành phố')
  // "TP" stands in the text, not "thành phố": the draft read it, the person has to check it.
  await expect(kind).toHaveAccessibleDescription('suy ra từ văn bản, xin kiểm tra')
  await expect(page.getByLabel('Địa phương', { exact: true })).toHaveAccessibleDescription('có trong văn bản')
  await kind.fill('thị xã')
  await expect(kind).toHaveAccessibleDescription('theo người nhập')
  // The kind read again is the draft's again, and said so after a reload.
  await kind.fill('thành phố')
  await page.reload()
  await expect(page.getByLabel('Loại (thành phố, huyện…)')).toHaveAccessibleDescription(
    'suy ra từ văn bản, xin kiểm tra',
  )
})

test('the numbers the draft set aside are listed with why, and one is brought back as a row to decide', async ({
  page,
}) => {
  await openMaker(page)
  await pasteAndDraft(
    page,
    [
      'Huyện Hà Lâm tổng kết năm 2025',
      'Tại kỳ họp, HĐND huyện đã xem xét và thông qua 7 nghị quyết.',
      'Năm 2025, tổng thu ngân sách trên địa bàn huyện đạt 412 tỷ đồng; toàn huyện có 9 xã đạt từ 15-18 tiêu chí nông thôn mới.',
    ].join('\n'),
  )
  const setAside = page.getByTestId('set-aside')
  await expect(row(page, '7 nghị quyết')).toHaveCount(0)
  await setAside.getByText('2 số để riêng, không đưa vào danh sách').click()
  await expect(setAside).toContainText('Công việc của kỳ họp, đại hội')
  await expect(setAside).toContainText('Mức một nhóm địa phương đạt (số tiêu chí, mức thu nhập)')
  // On a phone's screen, where a row is taller than half of it.
  await page.setViewportSize({ width: 390, height: 844 })
  await setAside.getByRole('button', { name: 'Đưa 7 nghị quyết vào danh sách' }).click()
  // The row comes in the text's order, to decide, and the person is taken to it.
  await expect(row(page, '7 nghị quyết')).toHaveAttribute('data-decision', 'pending')
  await expect(row(page, '7 nghị quyết').getByLabel('Vai trò')).toBeFocused()
  // The row's top, its sentence, is in sight below the maker's sticky bar (its undo button the lowest thing in it).
  const bar = await page.getByRole('button', { name: 'Hoàn tác' }).boundingBox()
  const top = await row(page, '7 nghị quyết').boundingBox()
  expect(top && bar && top.y >= bar.y + bar.height).toBe(true)
  await expect(row(page, '7 nghị quyết').getByTestId('figure-why')).toHaveText(
    'Bản nháp đã để riêng số này (Công việc của kỳ họp, đại hội); bạn đưa vào danh sách: hãy chọn vai trò, năm và tên.',
  )
  await expect(page.locator('fieldset[data-value-text]').first()).toHaveAttribute(
    'data-value-text',
    '7 nghị quyết',
  )
  await expect(setAside).toContainText('1 số để riêng, không đưa vào danh sách')
  // One step undone, the number is set aside again; done again, it is back.
  await page.getByRole('button', { name: 'Hoàn tác' }).click()
  await expect(row(page, '7 nghị quyết')).toHaveCount(0)
  await expect(setAside).toContainText('2 số để riêng')
  await page.getByRole('button', { name: 'Làm lại' }).click()
  // Kept in the browser: after a reload the row is there and the list is one shorter.
  await page.reload()
  await expect(row(page, '7 nghị quyết')).toHaveAttribute('data-decision', 'pending')
  await expect(page.getByTestId('set-aside')).toContainText('1 số để riêng')
})

test('a scorecard is entered by its sentence; an announced count and an entered date are said as such', async ({
  page,
}) => {
  await openMaker(page)
  await pasteAndDraft(page, maiSon)
  await page.getByRole('button', { name: 'Nhận tất cả số chưa xem' }).click()
  // The draft took the year's scorecard; this dataset is to show the term's, which the text gives first.
  await page.getByLabel('Dùng kết quả chỉ tiêu chủ yếu đọc được (11/14 chỉ tiêu)').uncheck()
  await page.getByText('Thêm kết quả chỉ tiêu (đạt bao nhiêu trên tổng số)').click()
  const quote = page.getByLabel('Câu nêu kết quả, chép từ văn bản')
  await quote.fill('huyện đạt 15 trên 17 chỉ tiêu')
  await expect(page.getByText('Câu này không có trong văn bản')).toBeVisible()
  await quote.fill('Tổng giá trị sản xuất ước đạt 5.120 tỷ đồng')
  await expect(page.getByText('Chưa đọc được số chỉ tiêu đạt trong câu này')).toBeVisible()
  await quote.fill('huyện đạt 15/17 chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện')
  await expect(page.getByText('Đọc được: đạt 15/17 chỉ tiêu')).toBeVisible()
  await page.getByRole('button', { name: 'Thêm kết quả này' }).click()
  await expect(page.getByLabel('Dùng kết quả chỉ tiêu chủ yếu đọc được (15/17 chỉ tiêu)')).toBeChecked()

  await typeFacts(page, {
    place: 'Mai Sơn',
    kind: 'huyện',
    province: 'Tỉnh Mẫu',
    publisher: 'Báo Tỉnh Mẫu',
    date: '12/2025',
  })
  // A heading of the maker's own words, not quoted from the text.
  await page
    .getByLabel('Tiêu đề', { exact: true })
    .fill('Huyện Mai Sơn: kết quả nhiệm kỳ và chỉ tiêu năm 2026')
  await expectNoErrors(page)
  await page.getByRole('button', { name: 'Lưu và mở' }).click()
  await expect(page).toHaveURL(/dataset=/u)
  await expect(page.getByTestId('scorecard')).toContainText('15/17')
  await expect(page.locator('#main header')).toContainText(
    'Tiêu đề: do người làm bộ số liệu đặt, không trích từ bài',
  )
  // The page showed only the month: it is said as entered, not quoted.
  await expect(page.locator('#main header')).toContainText('Ngày đăng: 12/2025, theo người nhập')
  // 16 targets announced, 2 listed: both are said, neither is passed off as the other.
  await expect(page.locator('#main')).toContainText(
    'Năm 2026, huyện Mai Sơn đề ra 16 chỉ tiêu chủ yếu; bài viết nêu 2.',
  )
})

test('a report of results only, and one of targets only, each has no empty section, no count of zero and no comparison with nothing', async ({
  page,
}) => {
  for (const [text, place, kind, present, absent, line, absentColumns] of [
    [
      tanBinh,
      'Tân Bình',
      'xã',
      /^Kết quả/u,
      /^Chỉ tiêu/u,
      'Kết quả 9 tháng năm 2025',
      /^(Chỉ tiêu|Thay đổi cần đạt)/u,
    ],
    [
      lucYen,
      'Lục Yên',
      'huyện',
      /^Chỉ tiêu/u,
      /^Kết quả/u,
      'Chỉ tiêu 2026',
      /^(Thực hiện|Thay đổi cần đạt)/u,
    ],
  ] as const) {
    await openMaker(page)
    await pasteAndDraft(page, text)
    await page.getByRole('button', { name: 'Nhận tất cả số chưa xem' }).click()
    await typeFacts(page, { place, kind, province: 'Tỉnh Mẫu', publisher: 'Báo Tỉnh Mẫu', date: '2025' })
    await expectNoErrors(page)
    // With one of the two years missing, no year is written as "…".
    await expect(page.locator('body')).not.toContainText('năm …')
    // The preview is a part of the maker's page, not a second main content.
    await expect(page.getByTestId('work-preview').locator('header')).toBeVisible()
    await expect(page.locator('main')).toHaveCount(1)
    await page.getByRole('button', { name: 'Lưu và mở' }).click()
    await expect(page).toHaveURL(/dataset=/u)
    const main = page.locator('#main')
    await expect(main.getByRole('heading', { level: 2 }).filter({ hasText: present }).first()).toBeVisible()
    await expect(main.getByRole('heading', { level: 2 }).filter({ hasText: absent })).toHaveCount(0)
    await expect(main).not.toContainText(/(?<!\d)0 chỉ tiêu/u)
    // A report of targets only misses no result: its target cards say nothing of one.
    await expect(main).not.toContainText('Báo cáo không nêu số liệu')
    // The line under the title says what the report gives: the part of the year its results cover, or its targets.
    await expect(main.locator('header')).toContainText(line)
    await expect(main.locator('header')).not.toContainText('So sánh')
    // The table of all indicators has no column the report gives nothing for, and speaks of no filter where none is.
    const table = main.locator('#indicators')
    await table.scrollIntoViewIfNeeded()
    const headers = table.locator('thead th')
    await expect(headers.first()).toContainText('Chỉ tiêu')
    expect((await headers.allTextContents()).slice(1).filter((h) => absentColumns.test(h))).toEqual([])
    if (present.test('Kết quả')) await expect(table).not.toContainText('bộ lọc')
  }
})

test('a figure of another year than the report’s results and targets is shown, not dropped', async ({
  page,
}) => {
  await openMaker(page)
  await pasteAndDraft(page, `${haLam}\nĐến năm 2030, thu nhập bình quân đầu người của xã đạt 90 triệu đồng.`)
  await completeHaLam(page, '12/2025')
  await expectNoErrors(page)
  await page.getByRole('button', { name: 'Lưu và mở' }).click()
  await expect(page).toHaveURL(/dataset=/u)
  const others = page.getByRole('region', { name: 'Các số liệu khác trong bài' })
  await expect(others).toContainText('Chỉ tiêu 2030')
  await expect(others).toContainText('90 triệu đồng')
})

test('a report of results only shows its facts among the other figures; a province’s own report needs no province', async ({
  page,
}) => {
  await openMaker(page)
  await pasteAndDraft(
    page,
    `${tanBinh.replace('Xã Tân Bình', 'Tỉnh Tân Bình').replace('xã ước', 'tỉnh ước')}\nTrong năm, tỉnh hỗ trợ 46 hộ nghèo xây nhà với mức 40 triệu/nhà.`,
  )
  await page.getByRole('button', { name: 'Nhận tất cả số chưa xem' }).click()
  await typeFacts(page, {
    place: 'Tân Bình',
    kind: 'tỉnh',
    province: '',
    publisher: 'Báo Tân Bình',
    date: '2025',
  })
  // The province is the place itself: the field says it need not be typed.
  await expect(page.getByText('Không cần nhập: báo cáo của chính tỉnh này')).toBeVisible()
  await expectNoErrors(page)
  await page.getByRole('button', { name: 'Lưu và mở' }).click()
  await expect(page).toHaveURL(/dataset=/u)
  // The rate the help was paid by is no result, and no plan's fact either: it is shown with the other figures.
  const others = page.getByRole('region', { name: 'Các số liệu khác trong bài' })
  await expect(others).toContainText('40 triệu')
  await expect(others).toContainText('Mức tiền mỗi nhà')
})

test('an excerpt with no year of its own takes its year from the date the person types, and says so', async ({
  page,
}) => {
  await openMaker(page)
  await pasteAndDraft(
    page,
    'Trong 6 tháng đầu năm, tổng thu ngân sách trên địa bàn xã Hà Lâm ước đạt 6,2 tỷ đồng, bằng 52% dự toán. Toàn xã có thêm 35 hộ kinh doanh.',
  )
  await page.getByRole('button', { name: 'Nhận tất cả số chưa xem' }).click()
  const amount = row(page, 'ước đạt 6,2 tỷ đồng')
  await expect(amount.getByLabel('Năm', { exact: true })).toHaveValue('')
  await page.getByLabel('Ngày đăng', { exact: true }).fill('7/2025')
  await expect(amount.getByLabel('Năm', { exact: true })).toHaveValue('2025')
  await expect(amount).toContainText('(“07/2025”)')
  await expect(page.getByLabel('Năm kết quả')).toHaveValue('2025')
  await expect(page.getByLabel('Kết quả của phần nào trong năm')).toHaveValue('6 tháng đầu năm')
  await expect(amount).toHaveAttribute('data-decision', 'accepted')
})

test('a page that gives no date is saved without one: a warning, not a block, and the dashboard says so', async ({
  page,
}) => {
  await openMaker(page)
  await pasteAndDraft(page, haLam)
  await completeHaLam(page, '')
  await expectNoErrors(page)
  await expect(page.getByText(/trang không ghi ngày đăng\?/u).first()).toBeVisible()
  await page.getByRole('button', { name: 'Lưu và mở' }).click()
  await expect(page).toHaveURL(/dataset=/u)
  await expect(page.locator('#main header')).toContainText('Ngày đăng: Trang đăng không ghi ngày')
  await expect(page.locator('#main header')).not.toContainText('Invalid')
})

test('a text that does not look Vietnamese is named as such before anything is drafted', async ({ page }) => {
  await openMaker(page)
  await page
    .getByRole('textbox', { name: 'Văn bản báo cáo' })
    .fill(
      'In 2025 the commune of Ha Lam collected 12 billion dong in budget revenue, 8 per cent above the estimate. Average income per person reached 61 million dong, and the share of poor households fell to 1.6 per cent. The commune aims to collect 13 billion dong next year.',
    )
  await expect(page.getByRole('status').filter({ hasText: 'có vẻ không phải tiếng Việt' })).toBeVisible()
  await page.getByRole('textbox', { name: 'Văn bản báo cáo' }).fill(haLam)
  await expect(page.getByText('có vẻ không phải tiếng Việt')).toHaveCount(0)
})

test('a long draft says how far it has read and can be stopped, leaving the text as it was', async ({
  page,
}) => {
  test.setTimeout(60_000)
  await openMaker(page)
  const dir = new URL('./fixtures/real-forms/', import.meta.url)
  const forms = readdirSync(dir)
    .filter((name) => name.endsWith('.vi.txt'))
    .map((name) => readFileSync(new URL(name, dir), 'utf8'))
    .join('\n\n')
  const long = forms.repeat(Math.ceil(480_000 / forms.length)).slice(0, 480_000)
  const box = page.getByRole('textbox', { name: 'Văn bản báo cáo' })
  // Pasted at once, as a paste is: one input event (Playwright's fill types so long a text for most of a minute).
  await box.evaluate((area, value) => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(area, value)
    area.dispatchEvent(new Event('input', { bubbles: true }))
  }, long)
  await page.getByRole('button', { name: 'Tìm các số liệu' }).click()
  await expect(page.getByRole('status').filter({ hasText: /đã đọc \d+% văn bản/u })).toBeVisible({
    timeout: 30_000,
  })
  await page.getByRole('button', { name: 'Dừng', exact: true }).click()
  await expect(page.getByRole('alert')).toContainText('Đã dừng tìm số liệu: chưa có gì thay đổi.')
  await expect(page.getByRole('heading', { name: 'Các số liệu tìm thấy' })).toHaveCount(0)
  expect((await box.inputValue()).length).toBe(480_000)
})

test('a field that gains a hint as the person types keeps the cursor: every key lands in the field', async ({
  page,
}) => {
  await openMaker(page)
  await pasteAndDraft(page, haLam)
  for (const name of ['Tiêu đề', 'Nơi đăng']) {
    const field = page.getByLabel(name, { exact: true })
    await field.fill('')
    // Key by key, as a person types: the hint ("theo văn bản" / "do người nhập") appears after the first letter.
    await field.pressSequentially('Hoi nghi Ha Lam')
    await expect(field).toHaveValue('Hoi nghi Ha Lam')
    await expect(field).toBeFocused()
  }
})

test('a row named as its indicator renames it and the row that restates it; a row named apart is renamed only when the person asks', async ({
  page,
}) => {
  await openMaker(page)
  await pasteAndDraft(page, haLam)
  await page.getByRole('button', { name: 'Nhận tất cả số chưa xem' }).click()
  const result = row(page, '12,5 tỷ đồng')
  // The share of the estimate said of the same revenue shares its indicator, and restates its name.
  const share = row(page, 'vượt 8% dự toán')
  const drafted = await result.getByLabel('Thuộc chỉ tiêu').inputValue()
  await expect(result.getByLabel('Tên số liệu')).toHaveValue(drafted)
  await expect(share.getByLabel('Thuộc chỉ tiêu')).toHaveValue(drafted)
  const shareName = await share.getByLabel('Tên số liệu').inputValue()
  expect(shareName.startsWith(`${drafted} (`)).toBe(true)
  const renamed = 'Thu ngân sách nhà nước trên địa bàn xã'
  await result.getByLabel('Tên số liệu').fill(renamed)
  await result.getByLabel('Tên số liệu').press('Tab')
  // One measure said twice is renamed as one: the indicator and the row that restates it follow the name typed.
  await expect(result.getByLabel('Thuộc chỉ tiêu')).toHaveValue(renamed)
  await expect(share.getByLabel('Thuộc chỉ tiêu')).toHaveValue(renamed)
  await expect(share.getByLabel('Tên số liệu')).toHaveValue(`${renamed}${shareName.slice(drafted.length)}`)
  await expect(page.locator(`fieldset[data-indicator="${drafted}"]`)).toHaveCount(0)
  // A row named apart from its indicator keeps it until the person names it after the row, on that row only.
  await share.getByLabel('Tên số liệu').fill('Tỷ lệ thu so với dự toán')
  await share.getByLabel('Tên số liệu').press('Tab')
  await expect(share.getByLabel('Thuộc chỉ tiêu')).toHaveValue(renamed)
  const offer = share.getByRole('button', {
    name: 'Đặt tên chỉ tiêu theo tên số liệu: “Tỷ lệ thu so với dự toán”',
  })
  await offer.click()
  await expect(share.getByLabel('Thuộc chỉ tiêu')).toHaveValue('Tỷ lệ thu so với dự toán')
  await expect(offer).toHaveCount(0)
  await expect(result.getByLabel('Thuộc chỉ tiêu')).toHaveValue(renamed)
  // One undo takes the share's indicator back.
  await page.getByRole('button', { name: 'Hoàn tác' }).click()
  await expect(share.getByLabel('Thuộc chỉ tiêu')).toHaveValue(renamed)
})

test('on a phone, how far the review is and undo stay in view while the rows scroll', async ({ page }) => {
  await openMaker(page)
  await pasteAndDraft(page, haLam)
  await page.setViewportSize({ width: 390, height: 844 })
  await row(page, '65 triệu đồng').getByRole('button', { name: 'Nhận', exact: true }).click()
  await row(page, '65 triệu đồng').scrollIntoViewIfNeeded()
  const bar = page.getByTestId('review-bar')
  await expect(bar).toBeInViewport()
  await expect(bar.getByRole('status')).toContainText('Đã nhận 1')
  await bar.getByRole('button', { name: 'Hoàn tác' }).click()
  await expect(row(page, '65 triệu đồng')).toHaveAttribute('data-decision', 'pending')
  await page.screenshot({ path: 'test-results/review-bar-phone.png' })
  // Keys move from row to row; each row brought to the screen stops below the sticky bar, its title in view.
  await page.getByRole('button', { name: 'Duyệt bằng bàn phím' }).click()
  const focused = page.locator('fieldset[data-figure-key]:focus')
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('ArrowDown')
    const [barBottom, rowTop] = await Promise.all([
      bar.evaluate((element) => element.getBoundingClientRect().bottom),
      focused.locator('legend').evaluate((element) => element.getBoundingClientRect().top),
    ])
    expect(rowTop).toBeGreaterThanOrEqual(barBottom)
  }
})

test('a web address field says, before saving, that it wants the full address', async ({ page }) => {
  await openMaker(page)
  await pasteAndDraft(page, haLam)
  const website = page.getByLabel('Trang web nơi đăng')
  await expect(website).toHaveAccessibleDescription('địa chỉ đầy đủ, bắt đầu bằng https://')
  await website.fill('baotinhmau.vn')
  await expect(website).toHaveAccessibleDescription('địa chỉ đầy đủ, bắt đầu bằng https://')
  await website.fill('https://baotinhmau.vn')
  await expect(website).not.toHaveAccessibleDescription('địa chỉ đầy đủ, bắt đầu bằng https://')
})

test('on a phone a row’s short choices share a line, two by two, and the names take the whole width', async ({
  page,
}) => {
  await openMaker(page)
  await pasteAndDraft(page, haLam)
  await page.setViewportSize({ width: 390, height: 844 })
  const first = rows(page).first()
  await first.scrollIntoViewIfNeeded()
  await expect(first.getByRole('combobox', { name: 'Đơn vị', exact: true })).toBeVisible()
  const top = async (label: string) =>
    first
      .getByRole(label === 'Năm' || label === 'So với năm' ? 'textbox' : 'combobox', {
        name: label,
        exact: true,
      })
      .evaluate((element) => Math.round(element.getBoundingClientRect().top))
  expect(await top('Đơn vị')).toBe(await top('Năm'))
  expect(await top('Cách nêu')).toBe(await top('So với năm'))
  const [name, row] = await Promise.all([
    first.getByLabel('Tên số liệu').evaluate((element) => element.getBoundingClientRect().width),
    first.evaluate((element) => element.getBoundingClientRect().width),
  ])
  expect(name).toBeGreaterThan(row * 0.8)
  expect(await horizontalOverflow(page)).toBe(0)
})
