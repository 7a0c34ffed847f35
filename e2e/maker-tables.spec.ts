import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import {
  completeQuickly,
  expectNoErrors,
  openMaker,
  pasteAndDraft,
  row,
  wordFile,
} from './authoring-helpers.ts'

// A fictional district's appendix as a browser copies a table: a row a line, its cells between tabs.
const pasted = readFileSync(new URL('./fixtures/tables/son-khe.vi.txt', import.meta.url), 'utf8')

test('a table pasted with its report becomes results and targets of its columns’ years, and saves', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await openMaker(page)
  await pasteAndDraft(page, pasted)
  await page.setViewportSize({ width: 390, height: 844 })

  const planned = row(page, '13.600')
  await expect(planned.getByLabel('Vai trò')).toHaveValue('target')
  await expect(planned.getByLabel('Năm', { exact: true })).toHaveValue('2025')
  await expect(planned.getByTestId('figure-why')).toHaveText(
    'Vì sao: ở cột “Kế hoạch năm 2025” của bảng; năm cũng theo chính những chữ đó.',
  )
  const earlier = row(page, '12.540')
  await expect(earlier.getByLabel('Vai trò')).toHaveValue('actual')
  await expect(earlier.getByLabel('Năm', { exact: true })).toHaveValue('2024')
  await expect(row(page, '≥ 45,5').getByLabel('Vai trò')).toHaveValue('target')
  // The row is the quote, the cell its value.
  await expect(planned).toContainText('Tổng giá trị sản xuất')
  await planned.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/maker-table-phone.png' })

  await page.setViewportSize({ width: 1280, height: 800 })
  await completeQuickly(page, { name: 'Sơn Khê', kind: 'huyện', province: 'Tỉnh Mẫu' })
  await page.getByLabel('Nơi đăng', { exact: true }).fill('Cổng thông tin điện tử huyện Sơn Khê')
  await expectNoErrors(page)
  await page.getByRole('button', { name: 'Lưu và mở' }).click()
  await expect(page).toHaveURL(/dataset=/u)
  const main = page.locator('#main')
  await expect(main).toContainText('13.600 tỷ đồng')
  await expect(main).toContainText('13.720,4 tỷ đồng')
})

test('a saved web page’s table keeps its columns, headings over two rows and all', async ({ page }) => {
  await openMaker(page)
  const html = `<!doctype html><html lang="vi"><head><title>Sơn Khê tổng kết năm 2025 | Cổng TTĐT</title></head><body>
    <nav><a href="/">Trang chủ</a></nav>
    <article><h1>Huyện Sơn Khê tổng kết năm 2025</h1>
    <p>Năm 2025, kinh tế của huyện Sơn Khê tiếp tục tăng trưởng khá; các chỉ tiêu chủ yếu đạt và vượt kế hoạch đề ra,
    đời sống của nhân dân được nâng lên, quốc phòng, an ninh được giữ vững.</p>
    <p>Phụ lục: Kết quả thực hiện các chỉ tiêu chủ yếu năm 2025</p>
    <table>
      <tr><th rowspan="2">TT</th><th rowspan="2">Chỉ tiêu</th><th rowspan="2">ĐVT</th><th rowspan="2">TH 2024</th>
        <th rowspan="2">KH 2025</th><th rowspan="2">ƯTH 2025</th><th colspan="2">So sánh (%)</th></tr>
      <tr><th>ƯTH/KH</th><th>ƯTH 2025/TH 2024</th></tr>
      <tr><td>1</td><td><p>Tổng giá trị sản xuất</p></td><td>Tỷ đồng</td><td>12.540</td><td>13.600</td><td>13.720,4</td><td>100,9</td><td>109,4</td></tr>
      <tr><td>2</td><td>Tỷ lệ hộ nghèo</td><td>%</td><td>2,1</td><td>1,5</td><td>1,45</td><td></td><td></td></tr>
    </table></article>
    <footer>Bản quyền thuộc Cổng TTĐT.</footer></body></html>`
  await page
    .getByLabel('Mở tệp .txt, .docx, .html hoặc bản nháp .json…')
    .setInputFiles({ name: 'son-khe.html', mimeType: 'text/html', buffer: Buffer.from(html) })
  await expect(row(page, '13.600').getByLabel('Vai trò')).toHaveValue('target')
  await expect(row(page, '109,4').getByTestId('figure-why')).toContainText(
    'ở cột “So sánh (%) ƯTH 2025/TH 2024”',
  )
  await expect(row(page, '1,45').getByLabel('Năm', { exact: true })).toHaveValue('2025')
  await expect(page.locator('fieldset[data-figure-key]')).toHaveCount(8)
})

test('a Word report’s official header and its table: the title after the header, the table by its columns', async ({
  page,
}) => {
  await openMaker(page)
  const docx = await wordFile([
    'UỶ BAN NHÂN DÂN HUYỆN SƠN KHÊ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Số: 215/BC-UBND\tĐộc lập - Tự do - Hạnh phúc',
    'Sơn Khê, ngày 10 tháng 12 năm 2025',
    'BÁO CÁO',
    'Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025',
    'Năm 2025, kinh tế của huyện tiếp tục tăng trưởng khá, các chỉ tiêu chủ yếu đạt và vượt kế hoạch.',
    'TT\tChỉ tiêu\tĐVT\tTH 2024\tKH 2025\tƯTH 2025',
    '1\tTổng giá trị sản xuất\tTỷ đồng\t12.540\t13.600\t13.720,4',
    '2\tTỷ lệ hộ nghèo\t%\t2,1\t1,5\t1,45',
  ])
  await page.getByLabel('Mở tệp .txt, .docx, .html hoặc bản nháp .json…').setInputFiles({
    name: 'son-khe.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: docx,
  })
  await expect(row(page, '13.600').getByLabel('Vai trò')).toHaveValue('target')
  await expect(row(page, '1,45').getByLabel('Năm', { exact: true })).toHaveValue('2025')
  await expect(page.locator('fieldset[data-figure-key]')).toHaveCount(6)
  await expect(page.getByRole('textbox', { name: 'Tiêu đề', exact: true })).toHaveValue(
    'Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025',
  )
})
