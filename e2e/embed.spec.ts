import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, type Frame, type Page, test } from '@playwright/test'
import { openDatasetFiles } from './helpers.ts'

const fixtures = new URL('./fixtures/datasets/', import.meta.url).pathname

/** The code the export dialog gives for an item, in one language. */
async function embedCodeOf(page: Page, itemId: string, language: 'vi' | 'en'): Promise<string> {
  await page.goto(`/?export=${itemId}`)
  const dialog = page.getByRole('dialog')
  await dialog.getByText('Nhúng vào bài viết', { exact: true }).click()
  const code = dialog.getByTestId(`embed-code-${language}`)
  await expect(code).toHaveValue(/<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?dataset=dong-ha-2024&amp;embed=/)
  return code.inputValue()
}

/** A plain article page on another origin (another port), holding what an editor pasted. */
async function serveArticle(body: string): Promise<{ server: Server; url: string }> {
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bài viết</title>
<style>* { color: rgb(255, 0, 0) !important; font-family: serif !important }</style></head>
<body><h1>Bài viết của cổng thông tin</h1><script>window.articleSecret = 'bí mật của trang'</script>${body}</body></html>`
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end(html)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` }
}

const contentHeight = (frame: Frame) =>
  frame.evaluate(() => document.querySelector('[data-embed-view]')?.getBoundingClientRect().height ?? 0)

test('two items embedded in another site’s article fit their content, show their item, and neither page reaches the other', async ({
  page,
  browser,
}) => {
  const scorecard = await embedCodeOf(page, 'scorecard', 'vi')
  const chart = await embedCodeOf(page, 'comparison-budget-revenue', 'en')
  expect(chart).toContain('&amp;lang=en')
  const { server, url } = await serveArticle(`${scorecard}\n<p>Đoạn giữa bài.</p>\n${chart}`)
  try {
    const article = await browser.newPage({ viewport: { width: 390, height: 800 } })
    await article.goto(url)
    const frames = article.locator('iframe[data-bang-chi-so]')
    await expect(frames).toHaveCount(2)
    const first = article.frameLocator('iframe[data-bang-chi-so] >> nth=0')
    const second = article.frameLocator('iframe[data-bang-chi-so] >> nth=1')
    await expect(first.getByTestId('scorecard')).toContainText('8/13')
    await expect(first.locator('[data-embed-view]')).toContainText(
      'Nguồn: Cổng Thông tin điện tử tỉnh Quảng Trị',
    )
    await expect(first.getByRole('link', { name: 'Xem toàn bộ bảng chỉ số ↗' })).toHaveAttribute(
      'href',
      /\?dataset=dong-ha-2024$/,
    )
    await expect(second.locator('[data-embed-view]')).toContainText('Total budget revenue in the city')
    await expect(second.locator('[data-embed-view]')).toContainText('VND billion')
    await expect(second.locator('[data-embed-view]')).toContainText('Source: Quang Tri')
    await expect(second.locator('figure .chart-bar').first()).toBeVisible()

    // Each frame is as tall as what it shows, at a phone's width and again on a wide screen.
    const frameOf = async (i: number) => (await (await frames.nth(i).elementHandle())!.contentFrame())!
    const [scorecardFrame, chartFrame] = [await frameOf(0), await frameOf(1)]
    const fits = async () => {
      for (const [i, frame] of [scorecardFrame, chartFrame].entries()) {
        // As a reader scrolls to it: a browser lays out a frame off the screen only when it comes near.
        await frames.nth(i).scrollIntoViewIfNeeded()
        const inner = await contentHeight(frame)
        await expect
          .poll(async () => (await frames.nth(i).boundingBox())?.height ?? 0)
          .toBeCloseTo(Math.ceil(inner), 0)
      }
    }
    await fits()
    const narrow = (await frames.nth(0).boundingBox())?.height ?? 0
    await article.setViewportSize({ width: 1280, height: 800 })
    await expect.poll(async () => (await frames.nth(0).boundingBox())?.height ?? 0).toBeLessThan(narrow)
    await fits()

    // The article cannot reach into a frame, nor a frame into the article; the article's styles stay outside.
    expect(await article.evaluate(() => document.querySelector('iframe')?.contentDocument ?? null)).toBeNull()
    expect(
      await scorecardFrame.evaluate(() => {
        try {
          return (
            (window.parent as Window & { articleSecret?: string }).articleSecret ??
            window.parent.document.title
          )
        } catch {
          return 'blocked'
        }
      }),
    ).toBe('blocked')
    expect(
      await scorecardFrame.evaluate(() => getComputedStyle(document.querySelector('h1')!).color),
    ).not.toBe('rgb(255, 0, 0)')
    await article.close()
  } finally {
    server.close()
  }
})

test('an embed of an unknown item or dataset says so inside its frame', async ({ page }) => {
  await page.goto('/?embed=nope')
  await expect(page.locator('[data-embed-view]')).toContainText(
    'Bộ số liệu này không có mục “nope” để nhúng. Các mục nhúng được: scorecard (“Kết quả năm 2023”), comparison-economic-growth (“Tốc độ tăng trưởng kinh tế”)',
  )
  await page.goto('/?embed=')
  await expect(page.locator('[data-embed-view]')).toContainText('Mã nhúng chưa nêu mục nào (?embed=…).')
  await page.goto('/?dataset=khong-co&embed=scorecard')
  await expect(page.locator('[data-embed-view]')).toContainText('Không có bộ số liệu "khong-co"')
  // The prerendered dashboard never shows under an embed.
  await expect(page.locator('#root > :not([data-embed-view])')).toHaveCount(0)
})

test('a dataset kept only in this browser cannot be embedded until it is published', async ({ page }) => {
  await openDatasetFiles(page, [`${fixtures}huyen-mau-2025.json`, `${fixtures}huyen-mau-2025-01-15.vi.txt`])
  await expect(page).toHaveURL(/dataset=huyen-mau-2025/)
  await page.goto('/?dataset=huyen-mau-2025&export=scorecard')
  const dialog = page.getByRole('dialog')
  await dialog.getByText('Nhúng vào bài viết', { exact: true }).click()
  await expect(dialog.getByTestId('embed-panel').getByRole('alert')).toContainText(
    '“Huyện Mẫu tổng kết năm 2024, triển khai nhiệm vụ năm 2025” chỉ có trong trình duyệt này, nên trang của người khác không mở được. Để nhúng, người quản trị máy chủ cần công bố nó: chép tệp huyen-mau-2025.json',
  )
  await expect(dialog.getByTestId('embed-code-vi')).toHaveCount(0)
})
