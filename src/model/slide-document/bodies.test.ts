import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { datasetSchema } from '../../dataset/schema.ts'
import { translator } from '../../lib/messages.ts'
import { targetsMarks } from './bodies.ts'

const dongHa = datasetSchema.parse(
  JSON.parse(readFileSync(new URL('../../../data/dong-ha-2024.json', import.meta.url), 'utf8')),
)

describe('a slide’s target cards', () => {
  it('say a range in words alone (“2–3 xã · trong khoảng này”), with no stray dash before them; a bound keeps its sign', () => {
    const target = {
      ...dongHa.figures.find((f) => f.role === 'target')!,
      comparator: 'range' as const,
      max: 1e6,
    }
    const bound = { ...target, id: 'bound', comparator: 'atLeast' as const, max: undefined }
    const indicator = dongHa.indicators.find((i) => i.id === target.indicatorId)!
    const texts = targetsMarks(
      [
        { target, indicator, actual: undefined },
        { target: bound, indicator, actual: undefined },
      ],
      { dataset: dongHa, language: 'vi', t: translator('vi'), note: '' },
    ).flatMap((mark) => (mark.kind === 'text' ? [mark.text] : []))
    expect(texts).toContain('trong khoảng này')
    expect(texts.some((text) => /^[–-]\s/u.test(text))).toBe(false)
    expect(texts.some((text) => text.startsWith('≥ '))).toBe(true)
  })
})
