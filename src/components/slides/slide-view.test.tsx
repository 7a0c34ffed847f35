import { readFileSync } from 'node:fs'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { datasetSchema } from '../../dataset/schema.ts'
import { buildDeck } from '../../model/deck.ts'
import { SlideView } from './slide-view.tsx'

const dataset = datasetSchema.parse(
  JSON.parse(readFileSync(new URL('../../../data/dong-ha-2024.json', import.meta.url), 'utf8')),
)
const slides = buildDeck(dataset)
const profile = slides.find((slide) => slide.kind === 'profile')!
const number = slides.indexOf(profile) + 1

describe('SlideView footer', () => {
  it('shows the slide number in a deck', () => {
    const html = renderToStaticMarkup(
      <SlideView slide={profile} dataset={dataset} number={number} count={slides.length} />,
    )
    expect(html).toContain(`Slide ${number}/${slides.length}`)
    expect(html).toContain('Cổng Thông tin điện tử tỉnh Quảng Trị')
  })

  it('leaves the number out of a slide exported on its own, and keeps the note', () => {
    const html = renderToStaticMarkup(
      <SlideView slide={profile} dataset={dataset} note="Xuất ngày 01/04/2024" />,
    )
    expect(html).not.toMatch(/Slide \d+/)
    expect(html).toContain('Cổng Thông tin điện tử tỉnh Quảng Trị')
    expect(html).toContain('Xuất ngày 01/04/2024')
  })
})
