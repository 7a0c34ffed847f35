import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { dongHaSlideCount } from './deck-helpers.ts'
import { run } from './office.ts'

/** A line of text and its box, in points on the 960 × 540 page. */
type Placed = { text: string; x0: number; y0: number; x1: number; y1: number }

/** Every word of a PDF page with its box, as poppler's pdftotext reads it. */
function pdfWords(path: string, page: number): Placed[] {
  const xml = run('pdftotext', ['-f', `${page}`, '-l', `${page}`, '-bbox', path, '-'])
  return [...xml.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map(
    ([, x0, y0, x1, y1, text]) => ({
      text: text!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
      x0: Number(x0),
      y0: Number(y0),
      x1: Number(x1),
      y1: Number(y1),
    }),
  )
}

const squash = (text: string) => text.replace(/\s+/gu, '')

/** The run of the page's words, not yet taken, that reads `line`, nearest to where the screen has it: or null. */
function findLine(line: Placed, words: Placed[], taken: Set<number>): Placed | null {
  const wanted = squash(line.text)
  const found: { start: number; end: number; box: Placed }[] = []
  for (let start = 0; start < words.length; start += 1) {
    let read = ''
    for (let end = start; end < words.length && read.length < wanted.length; end += 1) {
      if (taken.has(end)) break
      read += squash(words[end]!.text)
      if (read !== wanted) continue
      const run = words.slice(start, end + 1)
      const box = {
        text: line.text,
        x0: Math.min(...run.map((w) => w.x0)),
        y0: Math.min(...run.map((w) => w.y0)),
        x1: Math.max(...run.map((w) => w.x1)),
        y1: Math.max(...run.map((w) => w.y1)),
      }
      found.push({ start, end, box })
    }
  }
  const distance = (box: Placed) => Math.abs(box.x0 - line.x0) + Math.abs(box.y0 - line.y0)
  const nearest = found.sort((a, b) => distance(a.box) - distance(b.box))[0]
  if (!nearest) return null
  for (let i = nearest.start; i <= nearest.end; i += 1) taken.add(i)
  return nearest.box
}

test('every line of text on a slide stands where the PDF prints it', async ({ page }) => {
  test.setTimeout(180_000)
  await page.goto('/?export=dashboard')
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.evaluate(() => document.fonts.ready)
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 90_000 }),
    page.getByRole('dialog').getByRole('button', { name: 'Bộ slide (PDF)', exact: true }).click(),
  ])
  const path = await download.path()
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-')

  await page.setViewportSize({ width: 1920, height: 1080 })
  for (let slide = 1; slide <= dongHaSlideCount; slide += 1) {
    await page.goto(`/?view=present&slide=${slide}`)
    await page.evaluate(() => document.fonts.ready)
    const lines = await page.getByTestId('slide-document').evaluate((svg) =>
      [...svg.querySelectorAll('text')].map((text) => {
        const box = text.getBBox()
        return {
          text: (text.textContent ?? '').trim(),
          x0: box.x,
          y0: box.y,
          x1: box.x + box.width,
          y1: box.y + box.height,
        }
      }),
    )
    expect(lines.length, `slide ${slide}: lines of text`).toBeGreaterThan(2)
    const words = pdfWords(path, slide)
    const taken = new Set<number>()
    for (const line of lines.filter((l) => l.text)) {
      // The PDF's font has no arrows: "↓ Thấp hơn là tốt hơn" prints without its arrow, its words shifted left.
      const hasArrow = /[\u2190-\u21FF]/u.test(line.text)
      const unarrowed = { ...line, text: line.text.replace(/[\u2190-\u21FF]\s*/gu, '') }
      const printed = findLine(unarrowed, words, taken)
      expect(printed, `slide ${slide}: "${line.text}" is in the PDF`).not.toBeNull()
      if (!printed) continue
      const where = `slide ${slide}, "${line.text}": screen ${[line.x0, line.x1].map(Math.round)}, PDF ${[printed.x0, printed.x1].map(Math.round)}`
      // The same start and end across the page, and the same middle down it, to within a few points.
      if (!hasArrow) {
        expect(Math.abs(line.x0 - printed.x0), where).toBeLessThan(3)
        expect(Math.abs(line.x1 - printed.x1), where).toBeLessThan(3)
      }
      expect(Math.abs((line.y0 + line.y1) / 2 - (printed.y0 + printed.y1) / 2), where).toBeLessThan(3)
    }
    // Nothing the PDF prints is missing from the screen but the export's own note ("· Xuất ngày 03/12/2026").
    expect(
      words
        .filter((_, i) => !taken.has(i))
        .map((w) => w.text)
        .filter((text) => !/^(?:·|Xuất|ngày|\d{2}\/\d{2}\/\d{4})$/u.test(text)),
      `slide ${slide}: printed but not on screen`,
    ).toEqual([])
  }
})
