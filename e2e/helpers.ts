import { readFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import type { Dataset } from '../src/dataset/schema.ts'

export const dongHa = JSON.parse(
  readFileSync(new URL('../data/dong-ha-2024.json', import.meta.url), 'utf8'),
) as Dataset

/**
 * Opens a dataset from files, as a person does from the header (on a screen wide enough to show its button): the
 * dataset JSON, with its report text if given, or a file made in the test.
 */
export async function openDatasetFiles(
  page: Page,
  files: Parameters<Locator['setInputFiles']>[0],
): Promise<void> {
  await page.goto('/')
  await page.getByRole('button', { name: 'Mở bộ số liệu khác: có sẵn, hoặc từ tệp của bạn' }).click()
  await page.getByRole('dialog').getByLabel('Chọn tệp…').setInputFiles(files)
}

/** Waits until every chart on the page has drawn its bars. */
export async function waitForCharts(page: Page) {
  await page.waitForFunction(() => {
    const charts = document.querySelectorAll('figure')
    return (
      charts.length > 0 &&
      [...charts].every((chart) => chart.querySelector('.chart-bar') || chart.querySelector('table'))
    )
  })
}

export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
}

/** Every script error and console error the page reports from now on: a test expects none. */
export function collectProblems(page: Page): string[] {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  return problems
}
