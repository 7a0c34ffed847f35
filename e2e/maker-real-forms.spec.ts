import { readFileSync } from 'node:fs'
import { expect, type Page, test } from '@playwright/test'
import type { Dataset } from '../src/dataset/schema.ts'
import { type Annotation, annotatedOffset } from '../scripts/draft-score.ts'
import { Actions, expectNoErrors, openMaker, pasteAndDraft } from './authoring-helpers.ts'

/**
 * Each of the project's real-form texts, pasted exactly as written, becomes a saved dataset with only what a
 * person knows typed in (place, publisher, the date where the text has none) and what the draft got wrong
 * corrected, row by row, against the hand-made annotation of the text. Every click, choice and field typed is
 * counted: the median per figure is printed for the README and must stay at or below 1.
 */
const folder = new URL('./fixtures/real-forms/', import.meta.url)
type Facts = {
  place: { name: string; kind: string; province: string }
  publisher: string
  date?: string
  /** The field of an indicator whose name suggests none. */
  fields?: Record<string, string>
}
const allFacts = JSON.parse(readFileSync(new URL('facts.json', folder), 'utf8')) as Record<string, Facts>
const names = Object.keys(allFacts).filter((name) => name !== '_')

const normalName = (name: string) =>
  name.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim()
const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1)

const readRows = (page: Page) =>
  page.$$eval('fieldset[data-figure-key]', (rows) =>
    rows.map((row) => {
      const key = row.getAttribute('data-figure-key') ?? ''
      const value = (part: string) =>
        (document.getElementById(`figure-${key}-${part}`) as HTMLInputElement | null)?.value ?? ''
      return {
        key,
        at: Number(row.getAttribute('data-at') ?? -1),
        valueText: row.getAttribute('data-value-text') ?? '',
        quote: row.querySelector('p[lang="vi"]')?.textContent ?? '',
        role: value('row'),
        unit: value('unit'),
        comparator: value('comparator'),
        year: value('year'),
        indicator: value('indicator'),
      }
    }),
  )

const perFigure: { name: string; actions: number; figures: number }[] = []

test.describe.configure({ mode: 'serial' })
test.use({ actionTimeout: 10_000 })

for (const name of names) {
  test(`${name}: the article as pasted is saved with only what a reader knows typed in`, async ({ page }) => {
    test.setTimeout(120_000)
    const facts = allFacts[name] as Facts
    const text = readFileSync(new URL(`${name}.vi.txt`, folder), 'utf8')
    const annotation = JSON.parse(
      readFileSync(new URL(`${name}.expected.json`, folder), 'utf8'),
    ) as Annotation
    const actions = new Actions(page)
    await openMaker(page)
    actions.count += 2 // "Bộ số liệu", "Tạo từ văn bản báo cáo"
    await pasteAndDraft(page, text, actions)
    await actions.click(page.getByRole('button', { name: 'Nhận tất cả số chưa xem' }))
    await expect(page.locator('fieldset[data-figure-key][data-decision="pending"]')).toHaveCount(0)

    const rows = await readRows(page)
    // The narrowest row holding the number: "9.481/9.440ha" is the result, "9.440ha" inside it the plan.
    const rowAt = (offset: number) =>
      rows
        .filter((row) => offset >= row.at && offset < row.at + row.valueText.length)
        .sort((a, b) => a.valueText.length - b.valueText.length)[0]
    const wanted = new Map<string, Annotation['figures'][number]>()
    for (const figure of annotation.figures) {
      const row = rowAt(annotatedOffset(text, figure.at, figure.number))
      expect(row, `a row for "${figure.at}"`).toBeDefined()
      if (row) wanted.set(row.key, figure)
    }
    for (const row of rows) {
      const line = page.locator(`fieldset[data-figure-key="${row.key}"]`)
      const figure = wanted.get(row.key)
      // A number that is no figure of the report (a count of days, a rank) is rejected.
      if (!figure) {
        await actions.click(line.getByRole('button', { name: 'Bỏ', exact: true }))
        continue
      }
      const set = async (part: string, now: string, value: string) => {
        if (now !== value) await actions.select(page.locator(`#figure-${row.key}-${part}`), value)
      }
      await set('row', row.role, figure.role)
      // "other:công trình": a unit the table lacks, kept in the text's own words.
      const [unit = '', otherUnit] = figure.unit.split(':')
      await set('unit', row.unit, unit)
      if (otherUnit) {
        const words = line.getByLabel('Đơn vị như văn bản ghi')
        if ((await words.inputValue()) !== otherUnit) await actions.fill(words, otherUnit)
      }
      // The annotation writes "hơn" and "trên" alike as over; the draft's finer reading of either stands.
      const isOver = (comparator: string) => comparator === 'over' || comparator === 'moreThan'
      if (!(isOver(row.comparator) && isOver(figure.comparator)))
        await set('comparator', row.comparator, figure.comparator)
      const year = String(figure.year ?? '')
      if (row.year !== year) await actions.fill(page.locator(`#figure-${row.key}-year`), year)
      const choices = (figure.indicator ?? []).map(normalName)
      const hasIndicator = figure.role === 'actual' || figure.role === 'target'
      if (
        hasIndicator &&
        choices.length > 0 &&
        !choices.includes(normalName(row.indicator.replace(/\s*\([^()]*\)\s*$/u, '')))
      )
        await actions.fill(
          page.locator(`#figure-${row.key}-indicator`),
          capitalise(figure.indicator?.[0] ?? ''),
        )
    }

    // What the person knows: the place, the publisher as the page names it, the date where the text has none.
    // The place comes read from the text where it names it enough: typed only where it is missing or wrong.
    const place = [
      [page.getByLabel('Địa phương', { exact: true }), facts.place.name],
      [page.getByLabel('Loại (thành phố, huyện…)'), facts.place.kind],
      [page.getByLabel('Tỉnh', { exact: true }), facts.place.province],
    ] as const
    for (const [field, value] of place)
      if ((await field.inputValue()) !== value) await actions.fill(field, value)
    const publisher = page.getByLabel('Nơi đăng', { exact: true })
    if ((await publisher.inputValue()) !== facts.publisher) await actions.fill(publisher, facts.publisher)
    if (facts.date) await actions.fill(page.getByLabel('Ngày đăng', { exact: true }), facts.date)
    for (const indicator of await page.locator('fieldset[data-indicator]').all()) {
      const field = indicator.getByLabel('Lĩnh vực')
      if ((await field.inputValue()) !== '') continue
      const indicatorName = (await indicator.getAttribute('data-indicator')) ?? ''
      const chosen = facts.fields?.[indicatorName]
      expect(chosen, `the field of "${indicatorName}" in facts.json`).toBeDefined()
      await actions.select(field, chosen ?? '')
    }
    await expectNoErrors(page)

    // What is saved is what the text says, figure by figure.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải tệp số liệu .json' }).click(),
    ])
    const dataset = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as Dataset
    expect(dataset.figures).toHaveLength(annotation.figures.length)
    for (const [key, figure] of wanted) {
      const row = rows.find((r) => r.key === key)
      const saved = dataset.figures.find((f) => f.valueText === row?.valueText && f.quote === row.quote)
      const [unit, otherUnit] = figure.unit.split(':')
      expect(saved, `the saved figure "${figure.at}"`).toMatchObject({
        value: figure.value,
        unit,
        ...(otherUnit ? { otherUnit } : {}),
        role: figure.role,
        ...(figure.max === undefined ? {} : { max: figure.max }),
      })
      if (figure.role === 'actual' || figure.role === 'target')
        expect(saved?.period?.year, figure.at).toBe(figure.year)
    }
    const scorecard = annotation.scorecards?.[0]
    if (scorecard)
      expect(dataset.scorecard).toMatchObject({ achieved: scorecard.achieved, total: scorecard.total })

    await actions.click(page.getByRole('button', { name: 'Lưu và mở' }))
    await expect(page.getByRole('heading', { name: 'Tạo bộ số liệu từ văn bản báo cáo' })).toBeHidden()
    await expect(page.getByRole('main')).toContainText(facts.place.name)
    perFigure.push({ name, actions: actions.count, figures: annotation.figures.length })
    console.log(
      `${name}: ${actions.count} actions for ${annotation.figures.length} figures (${(actions.count / annotation.figures.length).toFixed(2)} per figure)`,
    )
  })
}

test('the median over the texts is at most one action per figure', () => {
  expect(perFigure).toHaveLength(names.length)
  const ratios = perFigure.map((text) => text.actions / text.figures).sort((a, b) => a - b)
  const middle = Math.floor(ratios.length / 2)
  const median =
    ratios.length % 2 ? (ratios[middle] ?? 0) : ((ratios[middle - 1] ?? 0) + (ratios[middle] ?? 0)) / 2
  const total = perFigure.reduce((sum, text) => sum + text.actions, 0)
  const figures = perFigure.reduce((sum, text) => sum + text.figures, 0)
  console.log(
    `Real-form texts: median ${median.toFixed(2)} actions per figure; ${total} actions for ${figures} figures in all`,
  )
  expect(median).toBeLessThanOrEqual(1)
})
