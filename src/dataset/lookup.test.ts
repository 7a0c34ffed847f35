import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { comparisons } from './derive.ts'
import { lookup } from './lookup.ts'
import { datasetSchema } from './schema.ts'

const read = () =>
  datasetSchema.parse(
    JSON.parse(readFileSync(new URL('../../data/dong-ha-2024.json', import.meta.url), 'utf8')),
  )

describe('a dataset indexed once', () => {
  const dongHa = read()

  it('finds what a search through the lists finds', () => {
    const find = lookup(dongHa)
    for (const figure of dongHa.figures) expect(find.figure(figure.id)).toBe(figure)
    if (dongHa.targetCount) expect(find.figure(dongHa.targetCount.id)).toBe(dongHa.targetCount)
    for (const indicator of dongHa.indicators) {
      expect(find.indicator(indicator.id)).toBe(indicator)
      expect(find.figuresOf(indicator.id)).toEqual(
        dongHa.figures.filter((f) => f.indicatorId === indicator.id),
      )
    }
    expect(find.withRole('target', 2024)).toEqual(
      dongHa.figures.filter((f) => f.role === 'target' && f.period?.year === 2024),
    )
    expect(find.withRole('profile')).toEqual(dongHa.figures.filter((f) => f.role === 'profile'))
    expect(find.figure('no-such-figure')).toBeUndefined()
    expect(find.figure(undefined)).toBeUndefined()
  })

  it('is built once per dataset, and its derived views kept with it', () => {
    expect(lookup(dongHa)).toBe(lookup(dongHa))
    expect(comparisons(dongHa)).toBe(comparisons(dongHa))
    // Another parse is another dataset (a maker's rebuilt preview): indexed anew, never the old answers.
    const again = read()
    expect(lookup(again)).not.toBe(lookup(dongHa))
    expect(comparisons(again)).not.toBe(comparisons(dongHa))
    expect(comparisons(again)).toEqual(comparisons(dongHa))
  })
})
