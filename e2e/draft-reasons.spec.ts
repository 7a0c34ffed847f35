import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { completeQuickly, expectNoErrors, openMaker, pasteAndDraft, row } from './authoring-helpers.ts'

const realForm = (name: string) =>
  readFileSync(new URL(`./fixtures/real-forms/${name}.vi.txt`, import.meta.url), 'utf8')

test('each row says why the draft took it for a result or a target of its year, in the text’s words', async ({
  page,
}) => {
  test.setTimeout(60_000)
  await openMaker(page)
  await pasteAndDraft(page, realForm('thach-van-2024'))
  await page.setViewportSize({ width: 390, height: 844 })

  const listItem = row(page, '9% trở lên')
  await expect(listItem.getByLabel('Vai trò')).toHaveValue('target')
  await expect(listItem.getByLabel('Năm', { exact: true })).toHaveValue('2025')
  await expect(listItem.getByTestId('figure-why')).toHaveText(
    'Vì sao: danh sách mở đầu bằng “Các chỉ tiêu chủ yếu năm 2025 là”; năm theo “năm 2025”.',
  )
  const result = row(page, 'ước đạt 9.486 tỷ đồng')
  await expect(result.getByLabel('Vai trò')).toHaveValue('actual')
  await expect(result.getByLabel('Năm', { exact: true })).toHaveValue('2024')
  await expect(result.getByTestId('figure-why')).toContainText('câu nói “ước đạt”')
  const share = row(page, '101,2% kế hoạch')
  await expect(share.getByTestId('figure-why')).toContainText('là mức đạt so với kế hoạch, tức là kết quả')
  await listItem.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/draft-reasons-phone.png' })

  // Once a person changes the role, the draft's reason no longer stands.
  await result.getByLabel('Vai trò').selectOption('fact')
  await expect(result.getByTestId('figure-why')).toHaveCount(0)

  await page.setViewportSize({ width: 1280, height: 800 })
  await page.getByRole('button', { name: 'Switch to English' }).click()
  await expect(listItem.getByTestId('figure-why')).toHaveText(
    'Why: its list opens with “Các chỉ tiêu chủ yếu năm 2025 là”; year from “năm 2025”.',
  )
})

test('a reason that rests on the same words for the role and the year quotes them once', async ({ page }) => {
  await openMaker(page)
  await pasteAndDraft(page, realForm('dak-vinh-2024'))
  await expect(row(page, '4.870 tỷ đồng').getByTestId('figure-why')).toHaveText(
    'Vì sao: là số liệu của cả “nhiệm kỳ 2020-2025”, không của một năm; năm cũng theo chính những chữ đó.',
  )
})

test('an aim with no year of its own says it is for the year after the results; a share of the estimate says so', async ({
  page,
}) => {
  await openMaker(page)
  await pasteAndDraft(
    page,
    'Năm 2024, thu ngân sách của huyện Mẫu Sơn đạt 300 tỷ đồng, vượt 12,5% dự toán tỉnh giao. Huyện phấn đấu thu ngân sách đạt 330 tỷ đồng.',
  )
  await expect(row(page, 'vượt 12,5% dự toán').getByTestId('figure-why')).toHaveText(
    'Vì sao: là mức đạt so với dự toán, tức là kết quả; năm theo “Năm 2024”.',
  )
  const aim = row(page, '330 tỷ đồng')
  await expect(aim.getByLabel('Năm', { exact: true })).toHaveValue('2025')
  await expect(aim.getByTestId('figure-why')).toHaveText(
    'Vì sao: “phấn đấu” đứng trước; năm sau năm có kết quả của bài (“Năm 2024”).',
  )
})

test('a scorecard the text only expects reached is shown on the dashboard as expected, never as reached', async ({
  page,
}) => {
  await openMaker(page)
  await pasteAndDraft(
    page,
    'Năm 2025, tỉnh Mẫu Đông có 21/26 chỉ tiêu kinh tế - xã hội dự kiến hoàn thành. Tăng trưởng GRDP ước đạt 7,4%. Thu ngân sách nhà nước ước đạt 14.200 tỷ đồng.',
  )
  await expect(
    page.getByLabel(/Dùng kết quả chỉ tiêu chủ yếu đọc được \(21\/26 chỉ tiêu\); văn bản nói là dự kiến/u),
  ).toBeChecked()
  // Entered by hand from its sentence, the count is read as expected too.
  await page.getByLabel(/Dùng kết quả chỉ tiêu chủ yếu đọc được/u).uncheck()
  await page.getByText('Thêm kết quả chỉ tiêu (đạt bao nhiêu trên tổng số)').click()
  await page
    .getByLabel('Câu nêu kết quả, chép từ văn bản')
    .fill('tỉnh Mẫu Đông có 21/26 chỉ tiêu kinh tế - xã hội dự kiến hoàn thành')
  await expect(page.getByText('Đọc được: dự kiến đạt 21/26 chỉ tiêu')).toBeVisible()
  await page.getByRole('button', { name: 'Thêm kết quả này' }).click()
  await expect(
    page.getByLabel(/Dùng kết quả chỉ tiêu chủ yếu đọc được \(21\/26 chỉ tiêu\); văn bản nói là dự kiến/u),
  ).toBeChecked()
  await completeQuickly(page, { name: 'Mẫu Đông', kind: 'tỉnh', province: 'Mẫu Đông' })
  await page.locator('#report-title').fill('Mẫu Đông dự kiến hoàn thành 21/26 chỉ tiêu')
  await page.locator('#report-publisherName').fill('Báo Mẫu Đông')
  await expectNoErrors(page)
  await page.getByRole('button', { name: 'Lưu và mở' }).click()
  await expect(page).toHaveURL(/dataset=/u)
  const main = page.locator('#root')
  await expect(main).toContainText('21/26')
  await expect(main).toContainText('chỉ tiêu chủ yếu dự kiến đạt và vượt kế hoạch (ước tính)')
  await expect(main).not.toContainText('chỉ tiêu chủ yếu đạt và vượt kế hoạch')
})
