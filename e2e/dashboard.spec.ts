import { AxeBuilder } from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { dongHa, horizontalOverflow, waitForCharts } from './helpers.ts'

const locales = { vi: 'vi-VN', en: 'en-GB' } as const

for (const language of ['vi', 'en'] as const) {
  test(`every figure of the dataset is on the page, in ${language} number format`, async ({ page }) => {
    await page.goto(`/?lang=${language}`)
    // The prerendered page is Vietnamese; the URL's language applies once the app has hydrated.
    await expect(page.locator('html')).toHaveAttribute('lang', language)
    const numbers = new Intl.NumberFormat(locales[language], { maximumFractionDigits: 4 })
    for (const figure of dongHa.figures) {
      const text = await page.locator(`[data-figure-id="${figure.id}"]`).first().textContent()
      expect(text, figure.id).toContain(numbers.format(figure.value))
      if (figure.max !== undefined) expect(text, figure.id).toContain(numbers.format(figure.max))
    }
  })
}

test('figures read as the report writes them, with units and comparators, in both languages', async ({
  page,
}) => {
  await page.goto('/')
  const shows = (id: string) => page.locator(`[data-figure-id="${id}"]`).first()
  const vi: Record<string, string> = {
    'budget-revenue-2023': '447,229 tỷ đồng',
    'social-investment-2023': '7.412 tỷ đồng',
    'economic-growth-2023': '9,77%',
    'budget-revenue-2024': '702,2 tỷ đồng',
    'new-jobs-2024': '≥ 1.850 lao động',
    'trained-labour-2024': '> 74%',
    'child-malnutrition-2024': '< 3%',
    'civilised-streets-2024': '1–2 tuyến phố',
    'national-standard-schools-2024': '3–4 trường',
    population: '101.249 người',
    area: '73,0853 km²',
    officials: '> 1.441 người',
  }
  for (const [id, text] of Object.entries(vi)) await expect(shows(id), id).toHaveText(text)
  await page.getByRole('button', { name: 'Switch to English' }).click()
  await expect(page).toHaveURL(/lang=en/)
  const en: Record<string, string> = {
    'budget-revenue-2024': 'VND 702.2 billion',
    'social-investment-2023': 'VND 7,412 billion',
    'economic-growth-2023': '9.77%',
    'health-insurance-2024': '≥ 96.5%',
    population: '101,249 people',
  }
  for (const [id, text] of Object.entries(en)) await expect(shows(id), id).toHaveText(text)
  await expect(page.getByText('Published:')).toBeVisible()
  await expect(page.getByText('10:34, 7 Mar 2024')).toBeVisible()
})

test('the header, the 8/13 scorecard and its honest note', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(dongHa.report.title.vi)
  await expect(page.getByText('Thành phố Đông Hà, tỉnh Quảng Trị')).toBeVisible()
  await expect(page.getByText('10:34, 07/03/2024')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Cổng Thông tin điện tử tỉnh Quảng Trị' })).toHaveAttribute(
    'href',
    'https://quangtri.gov.vn',
  )
  const scorecard = page.getByTestId('scorecard')
  await expect(scorecard).toContainText('8/13')
  await expect(scorecard).toContainText('8/13 chỉ tiêu chủ yếu đạt và vượt kế hoạch')
  await expect(scorecard).toContainText('Bộ số liệu không ghi cụ thể những chỉ tiêu nào đã đạt')
  await expect(scorecard.locator('[data-mark="filled"]')).toHaveCount(8)
  await expect(scorecard.locator('[data-mark="open"]')).toHaveCount(5)
})

test('each comparison is labelled with the change the target asks for, read honestly', async ({ page }) => {
  await page.goto('/')
  const labels = page.getByTestId('required-change')
  await expect(labels).toHaveText([
    'Chỉ tiêu 2024 đòi hỏi +3,23 điểm phần trăm so với thực hiện 2023',
    'Chỉ tiêu 2024 đòi hỏi +57% so với thực hiện 2023',
    'Chỉ tiêu 2024 đòi hỏi +21,4% so với thực hiện 2023',
    'Chỉ tiêu 2024 (≥ 0,1 điểm phần trăm) thấp hơn mức thực hiện 2023 (0,25 điểm phần trăm): chênh lệch −0,15 điểm phần trăm.',
  ])
})

test('the 15 targets are grouped by field, with direction, and the lower-is-better one is set apart', async ({
  page,
}) => {
  await page.goto('/')
  const targets = page.locator('#targets')
  await expect(targets.locator('[data-target-id]')).toHaveCount(15)
  for (const field of [
    'Kinh tế – ngân sách (5)',
    'Đô thị – môi trường (3)',
    'Văn hóa – xã hội (6)',
    'Quốc phòng (1)',
  ]) {
    await expect(targets.getByRole('heading', { name: field })).toBeVisible()
  }
  const malnutrition = targets.locator('[data-target-id="child-malnutrition-2024"]')
  await expect(malnutrition).toContainText('↓ Thấp hơn là tốt hơn')
  await expect(malnutrition).toContainText('< 3%')
  const revenue = targets.locator('[data-target-id="budget-revenue-2024"]')
  await expect(revenue).toContainText('Thực hiện 2023: 447,229 tỷ đồng')
  await expect(revenue).toContainText('↑ Cao hơn là tốt hơn')
  await waitForCharts(page)
  const percentChart = page.getByRole('figure', { name: 'Các chỉ tiêu tính bằng % năm 2024' })
  const bars = percentChart.locator('.chart-bar:visible')
  await expect(bars).toHaveCount(5)
  await expect(bars.last()).toHaveAttribute('fill', /^url\(#lower-is-better/)
})

test('the profile shows the derived density and says how it was derived', async ({ page }) => {
  await page.goto('/')
  const density = page.locator('[data-derived="density"]')
  await expect(density).toContainText('Số liệu tính toán')
  await expect(density).toContainText('1.385,4 người/km²')
  await expect(density).toContainText('101.249 ÷ 73,0853')
  await expect(page.locator('[data-figure-id="party-committees"]')).toHaveText('16')
  await expect(page.locator('[data-figure-id="party-cells"]')).toHaveText('51')
  await expect(page.locator('#profile')).toContainText('đảng bộ cơ sở')
  await expect(page.locator('#profile')).toContainText('chi bộ cơ sở')
})

test('each data table shows the same numbers as its chart', async ({ page }) => {
  await page.goto('/')
  await waitForCharts(page)
  const charts = page.getByRole('figure')
  const count = await charts.count()
  expect(count).toBe(5)
  for (let i = 0; i < count; i += 1) {
    const chart = charts.nth(i)
    const chartLabels = await chart.locator('.chart-bar-label').allTextContents()
    expect(chartLabels.length).toBeGreaterThan(1)
    await chart.getByRole('button', { name: 'Xem bảng số liệu' }).click()
    // The table's code loads on first use: wait for its rows before reading them.
    await expect(chart.locator('tbody td').first()).toBeVisible()
    const tableValues = await chart.locator('tbody td').allTextContents()
    // A bar's label leaves out the unit its axis names; the table gives it in full.
    const values = tableValues.filter((v) => v !== '✓' && v !== '')
    expect(values).toHaveLength(chartLabels.length)
    values.forEach((value, j) =>
      expect(value.startsWith(chartLabels[j]!), `${value} / ${chartLabels[j]}`).toBe(true),
    )
    await chart.getByRole('button', { name: 'Xem biểu đồ' }).click()
    await expect(chart.locator('.chart-bar').first()).toBeVisible()
  }
})

const sourced = [
  'budget-revenue-2023',
  'social-investment-2024',
  'child-malnutrition-2024',
  'population',
  'officials',
  'poverty-reduction-2024',
] as const

test('a figure shows its quote on focus and opens the report with the quote highlighted', async ({
  page,
}) => {
  await page.goto('/')
  for (const id of sourced) {
    const figure = dongHa.figures.find((f) => f.id === id)!
    const button = page.locator(`button[data-source-id="${id}"]`).first()
    await button.focus()
    await expect(page.getByRole('tooltip', { includeHidden: false })).toContainText(figure.quote)
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog')
    await expect(dialog).toBeVisible()
    await expect(page).toHaveURL(new RegExp(`source=${id}`))
    const mark = dialog.locator('mark')
    await expect(mark).toHaveText(figure.quote)
    await expect(mark).toBeInViewport()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(page).not.toHaveURL(/source=/)
  }
})

test('language, section and open source survive a reload', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Switch to English' }).click()
  await page.getByRole('navigation').getByRole('link', { name: '2024 targets' }).click()
  await expect(page).toHaveURL(/section=targets/)
  await page.locator('button[data-source-id="new-jobs-2024"]').first().click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.reload()
  await expect(page.getByRole('button', { name: 'Chuyển sang tiếng Việt' })).toBeVisible()
  await expect(page.getByRole('dialog').locator('mark')).toHaveText(
    'Tạo việc làm mới từ 1.850 lao động trở lên',
  )
  await page.getByRole('button', { name: 'Close' }).click()
  await expect(page.locator('#targets')).toBeInViewport()
  await expect(page.getByRole('navigation').getByRole('link', { name: '2024 targets' })).toHaveAttribute(
    'aria-current',
    'location',
  )
})

test("the browser's Back button closes the source view and stays on the dashboard", async ({ page }) => {
  await page.goto('/')
  await page.locator('button[data-source-id="population"]').first().click()
  await expect(page.getByRole('dialog').locator('mark')).toHaveText('dân số là 101.249 người')
  await page.goBack()
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByTestId('scorecard')).toBeVisible()
})

test("the browser's Back button leaves the dataset maker and the deck for the dashboard, not the app", async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Mở bộ số liệu khác: có sẵn, hoặc từ tệp của bạn' }).click()
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /Tạo từ văn bản báo cáo|Tiếp tục/u })
    .click()
  await expect(page).toHaveURL(/view=author/u)
  // The maker offers no presenting or export of the dashboard behind it.
  await expect(page.getByTestId('app-header').getByRole('button', { name: 'Trình chiếu' })).toHaveCount(0)
  await expect(page.getByTestId('app-header').getByRole('button', { name: /^Xuất/u })).toHaveCount(0)
  await page.goBack()
  await expect(page).not.toHaveURL(/view=/u)
  await expect(page.getByTestId('scorecard')).toBeVisible()
  await page.getByRole('button', { name: 'Trình chiếu' }).first().click()
  await expect(page).toHaveURL(/view=present/u)
  await page.goBack()
  await expect(page).not.toHaveURL(/view=/u)
  await expect(page.getByTestId('scorecard')).toBeVisible()
})

test('axe finds no serious or critical violations, with and without the source view', async ({ browser }) => {
  // Three whole pages checked: on a slow machine running the other tests beside it, more than the default 30 s.
  test.setTimeout(90_000)
  const context = await browser.newContext()
  const page = await context.newPage()
  for (const url of ['/', '/?lang=en', '/?source=budget-revenue-2023']) {
    await page.goto(url)
    await waitForCharts(page)
    const results = await new AxeBuilder({ page }).analyze()
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(
      serious.map((v) => `${url} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([])
  }
  await context.close()
})

for (const [width, height] of [
  [390, 844],
  [1280, 800],
  [1920, 1080],
] as const) {
  test(`no horizontal scrolling at ${width}×${height}; screenshots saved`, async ({ page }) => {
    await page.setViewportSize({ width, height })
    for (const language of ['vi', 'en'] as const) {
      await page.goto(`/?lang=${language}`)
      await waitForCharts(page)
      await page.evaluate(() => document.fonts.ready)
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
      await page.screenshot({
        path: `test-results/dashboard-${language}-${width}x${height}.png`,
        fullPage: true,
      })
    }
  })
}

test('actual and target bars stay distinguishable in grayscale and for colour-blind viewers', async ({
  page,
}) => {
  const { PNG } = await import('pngjs')
  await page.goto('/')
  await waitForCharts(page)
  const bars = page.getByRole('figure').first().locator('.chart-bar')
  const colours: [number, number, number][] = []
  for (const bar of [bars.nth(0), bars.nth(1)]) {
    await bar.scrollIntoViewIfNeeded()
    const box = (await bar.boundingBox())!
    const shot = PNG.sync.read(
      await page.screenshot({
        clip: { x: box.x + box.width / 2 - 2, y: box.y + box.height / 2 - 2, width: 4, height: 4 },
      }),
    )
    colours.push([shot.data[0]!, shot.data[1]!, shot.data[2]!])
  }
  const [actual, target] = colours as [[number, number, number], [number, number, number]]
  const grey = ([r, g, b]: [number, number, number]) => 0.2126 * r + 0.7152 * g + 0.0722 * b
  expect(Math.abs(grey(actual) - grey(target))).toBeGreaterThan(60)
  // Machado et al. (2009) full-severity simulation matrices.
  const simulations = {
    protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
    deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
    tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
  }
  for (const [name, m] of Object.entries(simulations)) {
    const see = ([r, g, b]: [number, number, number]) => [
      m[0]! * r + m[1]! * g + m[2]! * b,
      m[3]! * r + m[4]! * g + m[5]! * b,
      m[6]! * r + m[7]! * g + m[8]! * b,
    ]
    const a = see(actual)
    const b = see(target)
    const distance = Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!)
    expect(distance, name).toBeGreaterThan(100)
  }
})

test('the charts are in the page before any script runs, and nothing moves when the scripts arrive', async ({
  page,
}) => {
  let releaseScripts: () => void = () => {}
  const scriptsHeld = new Promise<void>((resolve) => (releaseScripts = resolve))
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    await scriptsHeld
    await route.continue()
  })
  await page.goto('/', { waitUntil: 'commit' })
  await expect(page.locator('#root').getByTestId('scorecard')).toContainText('8/13')
  // Four comparisons of two bars, and the five percent targets.
  const comparisons = page.locator('#root #comparisons figure')
  await expect(comparisons).toHaveCount(4)
  for (const figure of await comparisons.all()) await expect(figure.locator('.chart-bar')).toHaveCount(2)
  await expect(page.locator('#root #targets figure .chart-bar:visible')).toHaveCount(5)
  await expect(page.locator('#root #comparisons figure').first().locator('.chart-bar-label')).toHaveText([
    '9,77%',
    '13%',
  ])
  const before = await page
    .locator('#root #profile')
    .evaluate((el) => el.getBoundingClientRect().top + window.scrollY)
  releaseScripts()
  await page.waitForLoadState('networkidle')
  // Hydrated and measured: the charts are drawn again for their boxes, at the same height.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  )
  const after = await page
    .locator('#root #profile')
    .evaluate((el) => el.getBoundingClientRect().top + window.scrollY)
  expect(after).toBe(before)
})

test('the first screen is in the HTML itself, before any script runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/')
  await expect(page.locator('#root').getByRole('heading', { level: 1 })).toHaveText(dongHa.report.title.vi)
  await expect(page.locator('#root').getByTestId('scorecard')).toContainText('8/13')
  await expect(page.locator('#root [data-figure-id="budget-revenue-2023"]').first()).toHaveText(
    '447,229 tỷ đồng',
  )
  await expect(page.locator('#root [data-target-id]')).toHaveCount(15)
  await context.close()
})

test('a figure’s quote does not stay on screen after its source, opened by a click, is closed by a click', async ({
  page,
}) => {
  await page.goto('/')
  await page.locator('button[data-source-id="population"]').first().click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Đóng' }).click()
  await expect(dialog).toBeHidden()
  await page.mouse.move(0, 0)
  await expect(page.getByRole('tooltip', { includeHidden: false })).toHaveCount(0)
  // From the keyboard, focus comes back to the figure and its quote shows, as it should.
  await page.locator('button[data-source-id="population"]').first().press('Enter')
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('tooltip', { includeHidden: false })).toHaveCount(1)
})
