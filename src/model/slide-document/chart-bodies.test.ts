import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { datasetSchema } from '../../dataset/schema.ts'
import { translator } from '../../lib/messages.ts'
import { percentTargetRows } from '../chart-rows.ts'
import { percentMarks } from './chart-bodies.ts'
import type { ChartMark, Mark } from './marks.ts'
import { paintChart } from './paint-chart.ts'

const dongHa = datasetSchema.parse(
  JSON.parse(readFileSync(new URL('../../../data/dong-ha-2024.json', import.meta.url), 'utf8')),
)

describe('the percent targets’ slide', () => {
  it('keeps a first name of two lines a clear gap under the legend, not touching it', () => {
    // Eight shares, the first named long enough to take two lines beside its bar (as a real report's eight did).
    const [first] = percentTargetRows(dongHa, 'vi')
    const figure = dongHa.figures.find((f) => f.id === first?.id)!
    const indicator = dongHa.indicators.find((i) => i.id === figure.indicatorId)!
    const names = [
      'Mức giảm tỷ lệ hộ nghèo tiếp cận đa chiều trong năm',
      ...Array.from({ length: 7 }, (_, n) => `Tỷ lệ thứ ${n + 2}`),
    ]
    const dataset = {
      ...dongHa,
      indicators: [
        ...dongHa.indicators,
        ...names.map((name, n) => ({ ...indicator, id: `share-${n}`, name: { vi: name, en: name } })),
      ],
      figures: names.map((_, n) => ({ ...figure, id: `share-${n}-target`, indicatorId: `share-${n}` })),
    }
    const targets = dataset.figures
    const marks = percentMarks(targets, { dataset, language: 'vi', t: translator('vi'), note: '' })
    const chart = marks.find((mark): mark is ChartMark => mark.kind === 'chart')!
    const legend = marks.filter(
      (mark): mark is Extract<Mark, { kind: 'text' }> => mark.kind === 'text' && /Càng/u.test(mark.text),
    )
    expect(legend.length).toBeGreaterThan(0)
    const legendBottom = Math.max(...legend.map((mark) => mark.y + mark.h))
    const firstName = paintChart(chart).filter(
      (paint) => paint.kind === 'text' && /Mức giảm|tiếp cận/u.test(paint.text),
    )
    expect(firstName).toHaveLength(2)
    for (const name of firstName)
      if (name.kind === 'text') expect(name.baseline - name.size).toBeGreaterThanOrEqual(legendBottom + 8)
  })
})
