import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import type { Dataset } from '../src/dataset/schema.ts'

export const dongHa = JSON.parse(
  readFileSync(new URL('../data/dong-ha-2024.json', import.meta.url), 'utf8'),
) as Dataset

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
