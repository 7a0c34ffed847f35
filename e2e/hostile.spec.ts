import { readFileSync } from 'node:fs'
import { expect, type Page, test } from '@playwright/test'
import { badDatasets } from './fixtures/bad-datasets.ts'
import { waitForCharts } from './helpers.ts'
import { slidesAsLibreOfficeOpens } from './office.ts'

const datasetRoute = '**/data/dong-ha-2024.json'

/** Everything a payload could do that a reader would notice: dialogs, console output, page errors. */
function watch(page: Page) {
  const seen: string[] = []
  page.on('dialog', (dialog) => {
    seen.push(`dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })
  page.on('console', (message) => {
    // Playwright itself reports the service worker it blocks for these tests (see playwright.config.ts).
    if (message.type() === 'debug' || message.text() === 'Service Worker registration blocked by Playwright')
      return
    seen.push(`console.${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => seen.push(`pageerror: ${error.message}`))
  return seen
}

const chunks = [0, 1, 2, 3].map((part) => badDatasets.filter((_, i) => i % 4 === part))

for (const [part, cases] of chunks.entries()) {
  test(`bad and hostile datasets, part ${part + 1}: a specific message, nothing run, the bundled dataset one click away`, async ({
    page,
  }) => {
    test.setTimeout(120_000)
    const seen = watch(page)
    for (const entry of cases) {
      await page.unrouteAll()
      await page.route(datasetRoute, (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: entry.body }),
      )
      await page.goto('/?dataset=dong-ha-2024')
      if (entry.isAccepted) {
        await expect(page.getByTestId('scorecard'), entry.name).toBeVisible()
        await expect(page.getByRole('alert')).toHaveCount(0)
        continue
      }
      const alert = page.getByRole('alert')
      await expect(alert, entry.name).toContainText('Không tải được bộ số liệu')
      if (entry.expectedPath) {
        const problem = alert.getByTestId('problems').locator('li').filter({ hasText: entry.expectedPath })
        // The corpus anchors its patterns to the message alone; here the line also starts with the path.
        const message = new RegExp(entry.expectedVi.source.replace(/^\^|\$$/g, ''))
        await expect(problem.first(), entry.name).toContainText(message)
      } else {
        await expect(alert, entry.name).toContainText(entry.expectedVi)
      }
      await alert.getByRole('button', { name: /^Mở bộ số liệu có sẵn/ }).click()
      await expect(page.getByTestId('scorecard'), entry.name).toContainText('8/13')
      await expect(page).not.toHaveURL(/dataset=/)
    }
    expect(seen).toEqual([])
  })
}

test('schema messages follow the language', async ({ page }) => {
  const entry = badDatasets.find((e) => e.name === 'an unknown unit')!
  await page.route(datasetRoute, (route) => route.fulfill({ status: 200, body: entry.body }))
  await page.goto('/?dataset=dong-ha-2024&lang=en')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('The dataset could not be loaded')
  await expect(alert.getByTestId('problems')).toContainText(entry.expectedPath!)
  await expect(alert.getByTestId('problems')).toContainText('Invalid option')
  await expect(alert.getByRole('button', { name: /^Open the bundled dataset/ })).toBeVisible()
})

test('hostile text in a dataset is shown as text and never run', async ({ page }) => {
  const seen = watch(page)
  const entry = badDatasets.find((e) => e.isAccepted && e.body.includes('onerror'))!
  await page.route(datasetRoute, (route) => route.fulfill({ status: 200, body: entry.body }))
  await page.goto('/?dataset=dong-ha-2024')
  await expect(page.getByText(/<img src=x onerror=/).first()).toBeVisible()
  expect(await page.locator('img[src="x"]').count()).toBe(0)
  expect(seen).toEqual([])
})

const faults: { name: string; fault: (page: Page) => Promise<unknown>; message: RegExp }[] = [
  {
    name: '404',
    fault: (page) => page.route(datasetRoute, (route) => route.fulfill({ status: 404, body: 'not found' })),
    message: /Máy chủ trả lời lỗi 404/,
  },
  {
    name: '500',
    fault: (page) => page.route(datasetRoute, (route) => route.fulfill({ status: 500, body: 'oops' })),
    message: /Máy chủ trả lời lỗi 500/,
  },
  {
    name: 'HTML instead of JSON',
    fault: (page) =>
      page.route(datasetRoute, (route) =>
        route.fulfill({
          status: 200,
          contentType: 'text/html',
          body: '<!doctype html><title>Đăng nhập</title>',
        }),
      ),
    message: /là một trang web \(HTML\)/,
  },
  {
    name: 'a truncated body',
    fault: (page) =>
      page.route(datasetRoute, async (route) => {
        const body = await (await route.fetch()).text()
        await route.fulfill({ status: 200, body: body.slice(0, 3000) })
      }),
    message: /không phải JSON hợp lệ/,
  },
  {
    name: 'offline',
    fault: (page) => page.route(datasetRoute, (route) => route.abort('internetdisconnected')),
    message: /Không kết nối được/,
  },
  {
    name: 'a 15-second stall',
    fault: (page) =>
      page.route(datasetRoute, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 15_000))
        await route.fulfill({ status: 200, body: '{}' }).catch(() => undefined)
      }),
    message: /không trả lời sau 10 giây/,
  },
]

for (const { name, fault, message } of faults) {
  test(`network fault: ${name} gives a clear message, and Retry works once it clears`, async ({ page }) => {
    test.setTimeout(60_000)
    const seen = watch(page)
    await fault(page)
    await page.goto('/?dataset=dong-ha-2024')
    const alert = page.getByRole('alert')
    await expect(alert).toContainText(message, { timeout: 20_000 })
    await page.unrouteAll({ behavior: 'ignoreErrors' })
    await alert.getByRole('button', { name: 'Thử lại' }).click()
    await expect(page.getByTestId('scorecard')).toContainText('8/13')
    // Failed requests may be logged by the browser itself; nothing else may reach the console.
    expect(seen.filter((line) => !/Failed to load resource/.test(line))).toEqual([])
  })
}

test('a strict Content-Security-Policy, and no violation while using every feature', async ({ browser }) => {
  test.setTimeout(180_000)
  const context = await browser.newContext({
    permissions: ['clipboard-read', 'clipboard-write'],
    acceptDownloads: true,
  })
  await context.addInitScript(() => {
    const violations: string[] = []
    ;(window as unknown as { __violations: string[] }).__violations = violations
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    )
  })
  const page = await context.newPage()
  const consoleViolations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleViolations.push(message.text())
  })
  const response = await page.goto('/')
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(csp).toContain("script-src 'self'")
  expect(csp).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval)/)
  expect(csp).toContain("default-src 'self'")
  expect(response?.ok()).toBe(true)

  await waitForCharts(page)
  await page.getByRole('button', { name: 'Switch to English' }).click()
  await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click()
  await page.locator('button[data-source-id="budget-revenue-2023"]').first().click()
  await expect(page.getByRole('dialog').locator('mark')).toBeVisible()
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Xem bảng số liệu' }).first().click()

  const violations: string[] = []
  const collect = async (target: Page) =>
    violations.push(
      ...(await target.evaluate(() => (window as unknown as { __violations: string[] }).__violations)),
    )
  await collect(page)
  await page.goto('/?export=comparison-budget-revenue')
  const dialog = page.getByRole('dialog')
  for (const button of [
    'Tải ảnh PNG',
    'Tải CSV',
    'Tải JSON',
    'Toàn bộ số liệu (CSV)',
    'Toàn bộ số liệu (JSON)',
  ]) {
    await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: button, exact: true }).click(),
    ])
  }
  await dialog.getByRole('button', { name: 'Sao chép ảnh' }).click()
  await expect(page.getByTestId('export-status')).toContainText('Đã sao chép')
  const [deck] = await Promise.all([
    page.waitForEvent('download', { timeout: 90_000 }),
    dialog.getByRole('button', { name: 'Bộ slide (.pptx)' }).click(),
  ])
  expect(slidesAsLibreOfficeOpens(readFileSync(await deck.path())).join(' ')).toContain(
    'Tổng thu ngân sách trên địa bàn',
  )
  await Promise.all([
    page.waitForEvent('download', { timeout: 90_000 }),
    dialog.getByRole('button', { name: 'Bộ slide (PDF)' }).click(),
  ])

  await collect(page)
  await page.goto('/?view=present&slide=3')
  await page.keyboard.press('ArrowRight')
  const [presenter] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Màn hình người trình bày' }).click(),
  ])
  await expect(presenter.getByTestId('presenter-notes')).toBeVisible()
  await collect(presenter)
  await collect(page)
  expect([...new Set([...violations, ...consoleViolations])]).toEqual([])
  await context.close()
})
