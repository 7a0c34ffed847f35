import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { SaxesParser } from 'saxes'
import { beforeAll, describe, expect, it } from 'vitest'
import { paletteColour } from '../../../scripts/palette.ts'
import { bigDataset } from '../../../scripts/big-dataset.ts'
import { formatAmount, formatShortAmount } from '../../dataset/format-amount.ts'
import { type Dataset, datasetSchema, type Figure } from '../../dataset/schema.ts'
import { formatNumber } from '../../lib/format.ts'
import type { Language } from '../../lib/language.ts'
import { translator } from '../../lib/messages.ts'
import { buildDeck, type Slide } from '../../model/deck.ts'
import { slideTitle } from '../../model/slide-title.ts'
import { documentDeck } from '../../model/slide-document/build.ts'
import { followTargets } from '../../model/follow-targets.ts'
import { falling } from '../../../e2e/fixtures/falling.ts'
import { convertedByLibreOffice, pdfPages, run } from '../../../e2e/office.ts'
import { mauSeries } from '../../../e2e/fixtures/mau-series.ts'
import { type DocumentPalette, tones } from '../../model/slide-document/marks.ts'
import { buildExportFiles, type DocumentControl, type ExportJob } from './export-files.ts'
import { addPdfFonts, pdfFont } from './pdf-fonts.ts'
import { printable } from './pdf-text.ts'

const dongHa = datasetSchema.parse(
  JSON.parse(readFileSync(new URL('../../../data/dong-ha-2024.json', import.meta.url), 'utf8')),
)
const palette = Object.fromEntries(tones.map((tone) => [tone, paletteColour(tone)])) as DocumentPalette
const control: DocumentControl = { palette }
const work = mkdtempSync(join(tmpdir(), 'deck-documents-'))

/** Every run of whitespace as one space (no-break spaces included), so wrapped lines still read as text. */
const squash = (text: string) => text.replace(/\s+/gu, ' ')
const unescape = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
const runs = (xml: string) =>
  squash([...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescape(m[1]!)).join(' '))

/** The numbers a chart part holds: its series' values. */
const chartValues = (chart: string) =>
  [...chart.matchAll(/<c:val>[\s\S]*?<\/c:val>/g)].flatMap(([val]) =>
    [...val.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => Number(m[1])),
  )
/** The text written on a chart's bars. */
const barLabels = (chart: string) => runs([...chart.matchAll(/<c:dLbl>[\s\S]*?<\/c:dLbl>/g)].join(' '))

const isFigure = (note: Slide['notes'][number]): note is Figure => 'value' in note
/** A figure as a slide writes it: a part of a whole as its number ("16 đảng bộ cơ sở"), else its amount. */
const written = (figure: Figure, language: Language) =>
  squash(figure.partOf ? formatNumber(figure.value, language) : formatAmount(figure, language))

async function exportDeck(dataset: Dataset, job: ExportJob, language: Language = 'vi') {
  const [file] = await buildExportFiles(job, { dataset, language, t: translator(language) }, {}, control)
  return new Uint8Array(await file!.blob.arrayBuffer())
}

/** The text of each slide of a .pptx, and the XML of the charts on it. */
async function pptxSlides(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes)
  const count = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const rels = await zip.file(`ppt/slides/_rels/slide${i + 1}.xml.rels`)!.async('string')
      const chartPaths = [...rels.matchAll(/Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/g)].map(
        (m) => m[1]!,
      )
      const charts = await Promise.all(chartPaths.map((p) => zip.file(`ppt/charts/${p}`)!.async('string')))
      return { text: runs(await zip.file(`ppt/slides/slide${i + 1}.xml`)!.async('string')), charts }
    }),
  )
}

describe('the editable .pptx', () => {
  const deck = buildDeck(dongHa)
  let slides: Awaited<ReturnType<typeof pptxSlides>>
  beforeAll(async () => {
    slides = await pptxSlides(await exportDeck(dongHa, { scope: 'deck', format: 'pptx', style: 'editable' }))
  })

  it('has a slide for each of the deck’s, with its title and its figures written as text', () => {
    expect(slides).toHaveLength(deck.length)
    deck.forEach((slide, i) => {
      const { text, charts } = slides[i]!
      const labels = charts.map(runs).join(' ')
      expect(text).toContain(squash(slideTitle(slide, dongHa, 'vi', translator('vi'))))
      for (const figure of slide.notes.filter(isFigure))
        expect(`${text} ${labels}`).toContain(written(figure, 'vi'))
    })
  })

  it('writes the report’s numbers the Vietnamese way', () => {
    const all = slides.map((slide) => slide.text).join(' ')
    for (const amount of ['447,229 tỷ đồng', '7.412 tỷ đồng', '1.385,4 người/km²', '0,25 điểm phần trăm'])
      expect(all).toContain(amount)
  })

  it('draws each comparison as a native chart holding exactly the actual and the target', () => {
    deck.forEach((slide, i) => {
      if (slide.kind !== 'comparison') return
      const [chart] = slides[i]!.charts
      const values = chartValues(chart!)
      const { actual, target } = slide.comparison
      expect(values).toEqual([actual.value, target.value])
      // Labels written as the language writes them; the target outlined with a dashed line.
      expect(barLabels(chart!)).toBe(
        squash(`${formatShortAmount(actual, 'vi')} ${formatShortAmount(target, 'vi')}`),
      )
      expect(chart).toContain('<a:prstDash val="dash"/>')
    })
  })

  it('draws the percent targets as one bar each, lower-is-better ones hatched', () => {
    const i = deck.findIndex((slide) => slide.kind === 'percent-targets')
    const [chart] = slides[i]!.charts
    const values = chartValues(chart!)
    const targets = deck[i]!.notes.filter(isFigure).map((figure) => figure.value)
    expect(values.toSorted()).toEqual(targets.toSorted())
    expect(chart).toContain('<a:pattFill prst="wdUpDiag">')
  })

  it('draws a share with no better way in its own slate, named in the legend, never as "higher is better"', async () => {
    const first = deck.find((slide) => slide.kind === 'percent-targets')!.notes.filter(isFigure)[0]!
    const share: Dataset = {
      ...dongHa,
      indicators: dongHa.indicators.map((indicator) =>
        indicator.id === first.indicatorId ? { ...indicator, better: 'neither' } : indicator,
      ),
    }
    const withShare = await pptxSlides(
      await exportDeck(share, { scope: 'deck', format: 'pptx', style: 'editable' }),
    )
    const i = buildDeck(share).findIndex((slide) => slide.kind === 'percent-targets')
    // A bar's own shape (a data point's), filled slate.
    const slate = `<c:bubble3D val="0"/><c:spPr><a:solidFill><a:srgbClr val="${palette.muted.replace('#', '').toUpperCase()}"/></a:solidFill></c:spPr></c:dPt>`
    const [chart] = withShare[i]!.charts
    expect(chart).toContain(slate)
    expect(withShare[i]!.text).toContain('Không có chiều tốt hơn')
    // Without one, no such bar and no such legend.
    expect(slides[i]!.charts[0]).not.toContain(slate)
    expect(slides[i]!.text).not.toContain('Không có chiều tốt hơn')
  })

  it('carries the quotes as presenter notes and says what it is in its properties', async () => {
    const bytes = await exportDeck(dongHa, { scope: 'deck', format: 'pptx', style: 'editable' })
    const zip = await JSZip.loadAsync(bytes)
    const notes = await zip.file('ppt/notesSlides/notesSlide4.xml')!.async('string')
    expect(squash(unescape(notes))).toContain('447,229 tỷ đồng')
    const core = await zip.file('docProps/core.xml')!.async('string')
    expect(core).toContain(`<dc:title>${dongHa.report.title.vi}</dc:title>`)
    expect(core).toContain(`<dc:creator>${dongHa.report.publisher.name.vi}</dc:creator>`)
    expect(core).toContain('2023')
  })

  it('writes English numbers in English', async () => {
    const english = await pptxSlides(
      await exportDeck(dongHa, { scope: 'deck', format: 'pptx', style: 'editable' }, 'en'),
    )
    expect(english.map((slide) => slide.text).join(' ')).toContain('VND 447.229 billion')
  })

  it('keeps only the chosen slides, in the deck’s order and numbering', async () => {
    const chosen = await pptxSlides(
      await exportDeck(dongHa, { scope: 'deck', format: 'pptx', style: 'editable', slides: [2, 4] }),
    )
    expect(chosen).toHaveLength(2)
    expect(chosen[0]!.text).toContain('Slide 2/14')
    expect(chosen[1]!.text).toContain('Slide 4/14')
  })
})

describe('a record of the place’s targets', () => {
  it('goes into the editable deck as slides of verdicts, with what was set and reached', async () => {
    const series = mauSeries()
    const record = followTargets(series).filter((f) => f.reportedIn && f.year <= 2024)
    const latest = series[2]!
    const job: ExportJob = { scope: 'deck', format: 'pptx', style: 'editable', choice: { record } }
    const texts = (await pptxSlides(await exportDeck(latest, job))).map((slide) => slide.text)
    const year2023 = texts.find((text) => text.startsWith('Chỉ tiêu 2023: có đạt không?'))!
    expect(year2023).toContain(
      'Thu ngân sách Không đạt Chỉ tiêu 2023: 700 tỷ đồng Thực hiện 2023: 650.000 triệu đồng (= 650 tỷ đồng)',
    )
    expect(year2023).toContain('⚠ Báo cáo ghi “vượt kế hoạch”')
    expect(texts.some((text) => text.startsWith('Chỉ tiêu 2024: có đạt không?'))).toBe(true)
  })
})

describe('opened by a real client', () => {
  it('LibreOffice Impress converts the .pptx to one page per slide, each with its figures', async () => {
    const path = join(work, 'dong-ha.pptx')
    writeFileSync(path, await exportDeck(dongHa, { scope: 'deck', format: 'pptx', style: 'editable' }))
    const pages = pdfPages(convertedByLibreOffice(path))
    const deck = buildDeck(dongHa)
    expect(pages).toHaveLength(deck.length)
    deck.forEach((slide, i) => {
      for (const figure of slide.notes.filter(isFigure)) expect(pages[i]).toContain(written(figure, 'vi'))
    })
    // A decimal axis keeps its numbers, written the Vietnamese way: the poverty rate's fall, 0 to 0,3 points.
    const decimalAxis = documentDeck({ dataset: dongHa, language: 'vi', t: translator('vi'), note: '' })
      .map((slide) => slide.marks.find((mark) => mark.kind === 'chart'))
      .findIndex((chart) => chart?.ticks.some((tick) => !Number.isInteger(tick)))
    expect(decimalAxis).toBeGreaterThan(0)
    for (const tick of ['0,1', '0,2', '0,3']) expect(pages[decimalAxis]).toContain(tick)
  }, 120_000)
})

/** Every Vietnamese and English text of a dataset with XML's own characters added: "Sở Kế hoạch & Đầu tư". */
function withMarkup(dataset: unknown): Dataset {
  const mark = ` & <b> "q" 'a'`
  const visit = (value: unknown, key: string): unknown => {
    if (typeof value === 'string')
      return key === 'vi' || key === 'en' ? `${value.slice(0, 480)}${mark}` : value
    if (Array.isArray(value)) return value.map((item) => visit(item, ''))
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v, k)]))
    return value
  }
  return datasetSchema.parse(visit(dataset, ''))
}

/** The problems a strict XML parser finds in a part, none when it is well formed. */
function xmlProblems(xml: string): string[] {
  const parser = new SaxesParser()
  const problems: string[] = []
  parser.on('error', (error) => problems.push(error.message))
  parser.write(xml).close()
  return problems
}

describe('a dataset whose every text holds & < > " \'', () => {
  const marked = withMarkup(
    JSON.parse(readFileSync(new URL('../../../data/dong-ha-2024.json', import.meta.url), 'utf8')),
  )

  it('is written into a .pptx whose every XML part is well formed, and LibreOffice opens it whole', async () => {
    const bytes = await exportDeck(marked, { scope: 'deck', format: 'pptx', style: 'editable' })
    const zip = await JSZip.loadAsync(bytes)
    const parts = Object.keys(zip.files).filter((name) => /\.(?:xml|rels)$/u.test(name))
    expect(parts).toContain('docProps/app.xml')
    for (const name of parts)
      expect([name, xmlProblems(await zip.file(name)!.async('string'))]).toEqual([name, []])
    expect(await zip.file('docProps/app.xml')!.async('string')).toContain(
      '<Company>Cổng Thông tin điện tử tỉnh Quảng Trị &amp; &lt;b&gt; &quot;q&quot; &apos;a&apos;</Company>',
    )

    const path = join(work, 'marked.pptx')
    writeFileSync(path, bytes)
    const pages = pdfPages(convertedByLibreOffice(path))
    expect(pages).toHaveLength(buildDeck(marked).length)
    for (const page of pages) expect(page).toContain(`& <b> "q" 'a'`)
  }, 120_000)
})

describe('the searchable PDF', () => {
  it('has a page per slide whose text layer holds its title and every figure', async () => {
    const path = join(work, 'app.pdf')
    writeFileSync(path, await exportDeck(dongHa, { scope: 'deck', format: 'pdf', style: 'editable' }))
    const pages = pdfPages(path)
    const deck = buildDeck(dongHa)
    expect(pages).toHaveLength(deck.length)
    deck.forEach((slide, i) => {
      expect(pages[i]).toContain(squash(slideTitle(slide, dongHa, 'vi', translator('vi'))))
      for (const figure of slide.notes.filter(isFigure)) expect(pages[i]).toContain(written(figure, 'vi'))
    })
    // Be Vietnam Pro is embedded, as a subset: the PDF is small and shows Vietnamese without the font installed.
    const fonts = run('pdffonts', [path])
    expect(fonts).toMatch(/BeVietnamPro\s+CID TrueType\s+Identity-H\s+yes/)
    expect(readFileSync(path).length).toBeLessThan(400_000)
  })

  it('leaves out the app’s arrows Be Vietnam Pro lacks, and marks any other character it cannot print', async () => {
    const { jsPDF } = await import('jspdf')
    const pdf = new jsPDF({ unit: 'pt' })
    await addPdfFonts(pdf)
    pdf.setFont(pdfFont, 'normal')
    expect(printable(pdf, '↓ Thấp hơn là tốt hơn')).toBe('Thấp hơn là tốt hơn')
    // A dataset's emoji is marked where it stood, never silently cut from its label.
    expect(printable(pdf, 'Số hộ 👨‍👩‍👧 nghèo 🇻🇳')).toBe('Số hộ ? nghèo ?')
    expect(
      printable(pdf, '≥ 0,1 điểm phần trăm · −0,15 · 101.249 ÷ 73,0853 · 1.385,4 người/km² – “Đổi mới”'),
    ).toBe('≥ 0,1 điểm phần trăm · −0,15 · 101.249 ÷ 73,0853 · 1.385,4 người/km² – “Đổi mới”')
  })

  it('centres each bar’s amount over the bar’s name', async () => {
    const path = join(work, 'centred.pdf')
    writeFileSync(path, await exportDeck(dongHa, { scope: 'deck', format: 'pdf', style: 'editable' }))
    // Page 3, the growth rate: the chart takes the left 548 pt; its names are under the bars, its amounts over.
    const words = [
      ...run('pdftotext', ['-f', '3', '-l', '3', '-bbox', path, '-']).matchAll(
        /xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]+)</g,
      ),
    ]
      .map(([, x0, y0, x1, text]) => ({ x0: Number(x0), y0: Number(y0), x1: Number(x1), text: text! }))
      .filter((word) => word.x1 < 560)
    /** The middle of the first run of words that reads `texts`. */
    const centre = (texts: string[]) => {
      const start = words.findIndex((_, i) => texts.every((text, k) => words[i + k]?.text === text))
      const run = words.slice(start, start + texts.length)
      expect(run.map((w) => w.text)).toEqual(texts)
      return (Math.min(...run.map((w) => w.x0)) + Math.max(...run.map((w) => w.x1))) / 2
    }
    expect(Math.abs(centre(['9,77%']) - centre(['Thực', 'hiện', '2023']))).toBeLessThan(2)
    expect(Math.abs(centre(['13%']) - centre(['Chỉ', 'tiêu', '2024']))).toBeLessThan(2)
  })

  it('writes a 100-indicator deck in full, page for slide', async () => {
    // Every indicator paired, actual against target: 147 slides (its 100 results on 17).
    const { dataset } = bigDataset(100, 100)
    const count = buildDeck(dataset).length
    const path = join(work, 'big.pdf')
    writeFileSync(path, await exportDeck(dataset, { scope: 'deck', format: 'pdf', style: 'editable' }))
    const pages = pdfPages(path)
    expect(pages).toHaveLength(count)
    expect(pages.at(-2)).toContain(`Slide ${count - 1}/${count}`)
  }, 60_000)
})

/** What must never reach a reader: an infinite or undefined change, a minus zero. */
const broken = /∞|NaN|Infinity|undefined|[-−]0(?![\d,.])/u

describe('a bad year: a fall below zero, a result of nothing and a falling share', () => {
  const facts = [
    '−2,5%',
    '0 tỷ đồng',
    '+50 tỷ đồng',
    '−1,2 điểm phần trăm',
    '+8,5 điểm phần trăm',
    '+0,2 điểm phần trăm',
  ]

  it('is written into the PDF with the fall drawn below zero and no change out of nothing', async () => {
    const path = join(work, 'falling.pdf')
    writeFileSync(path, await exportDeck(falling, { scope: 'deck', format: 'pdf', style: 'editable' }))
    const text = pdfPages(path).join(' ')
    for (const fact of facts) expect(text).toContain(fact)
    expect(text).not.toMatch(broken)
  })

  it('is written into a .pptx whose growth chart runs below zero, and LibreOffice shows every fact', async () => {
    const bytes = await exportDeck(falling, { scope: 'deck', format: 'pptx', style: 'editable' })
    const growth = (await pptxSlides(bytes)).find(
      (slide) => slide.charts.length > 0 && slide.text.includes('Tốc độ tăng trưởng kinh tế'),
    )
    expect(chartValues(growth!.charts[0]!)).toEqual([-2.5, 6])
    // One step under the lowest tick: room for the fall's amount under its bar, above the bars' names.
    expect(growth!.charts[0]).toMatch(/<c:min val="-5"\/>/u)
    const path = join(work, 'falling.pptx')
    writeFileSync(path, bytes)
    const text = pdfPages(convertedByLibreOffice(path)).join(' ')
    for (const fact of facts) expect(text).toContain(fact)
    expect(text).not.toMatch(broken)
  }, 120_000)
})
