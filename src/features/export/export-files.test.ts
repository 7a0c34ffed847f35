import { readFileSync } from 'node:fs'
import JSZip from 'jszip'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { datasetSchema } from '../../dataset/schema.ts'
import { translator } from '../../lib/messages.ts'
import { exportItems } from '../../model/export-items.ts'
import { allFigures } from '../../model/figures-csv.ts'
import { ExportError } from './export-error.ts'
import {
  buildExportFiles,
  exportFileNameFor,
  type ExportJob,
  type ImageOptions,
  renderingFor,
} from './export-files.ts'

const dataset = datasetSchema.parse(
  JSON.parse(readFileSync(new URL('../../../data/dong-ha-2024.json', import.meta.url), 'utf8')),
)
const context = { dataset, language: 'vi' as const, t: translator('vi') }
const items = exportItems(dataset, 'vi', context.t)
const item = (id: string) => items.find((i) => i.id === id)!
const usual: ImageOptions = { preset: 'card', scale: 2, background: 'white' }
const itemJob = (id: string, format: 'png' | 'csv' | 'csv-excel' | 'json', options = usual): ExportJob => ({
  scope: 'item',
  item: item(id),
  format,
  options,
})
const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' })
// The smallest PNG there is (1×1, transparent), to stand for a pictured slide.
const dot =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='
// Keeps the byte-order mark, so a test sees the file's text exactly.
const text = async (blob: Blob) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer())

describe('deck file names', () => {
  it.each([
    [{}, 'vi', 'dong-ha-2024_slides.pdf'],
    [{ slides: [2, 3, 4] }, 'vi', 'dong-ha-2024_slides_2-4.pdf'],
    [{ slides: [2, 4] }, 'vi', 'dong-ha-2024_slides_2_4.pdf'],
    [{ slides: [1, 2, 7], style: 'pictures' as const }, 'en', 'dong-ha-2024_slides_1-2_7_pictures_en.pdf'],
  ])('%j in %s is %s', (parts, language, name) => {
    const job: ExportJob = { scope: 'deck', format: 'pdf', style: 'editable', ...parts }
    const t = translator(language as 'vi' | 'en')
    expect(exportFileNameFor(job, { dataset, language: language as 'vi' | 'en', t })).toBe(name)
  })
})

describe('buildExportFiles', () => {
  it.each([
    [
      'the usual card at 2×',
      itemJob('comparison-budget-revenue', 'png'),
      'dong-ha-2024_tong-thu-ngan-sach-tren-dia-ban_2x.png',
    ],
    [
      'a share image on dark at 3×',
      itemJob('comparison-budget-revenue', 'png', { preset: 'share', scale: 3, background: 'dark' }),
      'dong-ha-2024_tong-thu-ngan-sach-tren-dia-ban_share-dark_3x.png',
    ],
    [
      'the dashboard',
      itemJob('dashboard', 'png', { ...usual, preset: 'page' }),
      'dong-ha-2024_bang-chi-so_2x.png',
    ],
    [
      'a slide',
      itemJob('slide-4', 'png', { ...usual, preset: 'slide', scale: 1 }),
      'dong-ha-2024_slide-4-tong-thu-ngan-sach-tren-dia-ban_1x.png',
    ],
  ])('names the picture of %s', async (_, job, name) => {
    const files = await buildExportFiles(job, context, { png })
    expect(files.map((f) => [f.name, f.type])).toEqual([[name, 'image/png']])
    expect(files[0]!.blob).toBe(png)
  })

  it('names numbers without the picture’s size or background, which do not change them', async () => {
    const dark: ImageOptions = { preset: 'share', scale: 3, background: 'dark' }
    const names = async (job: ExportJob) => (await buildExportFiles(job, context)).map((f) => f.name)
    expect(await names(itemJob('comparison-social-investment', 'csv', dark))).toEqual([
      'dong-ha-2024_tong-von-dau-tu-toan-xa-hoi.csv',
    ])
    expect(await names(itemJob('comparison-social-investment', 'csv-excel'))).toEqual([
      'dong-ha-2024_tong-von-dau-tu-toan-xa-hoi_excel-vi.csv',
    ])
    expect(await names(itemJob('scorecard', 'json'))).toEqual(['dong-ha-2024_ket-qua-nam-2023.json'])
    expect(await names({ scope: 'dataset', format: 'csv' })).toEqual(['dong-ha-2024_figures.csv'])
    expect(await names({ scope: 'dataset', format: 'csv-excel' })).toEqual([
      'dong-ha-2024_figures-excel-vi.csv',
    ])
    expect(await names({ scope: 'dataset', format: 'json' })).toEqual(['dong-ha-2024_dataset.json'])
  })

  it("writes a chart's CSV with a byte-order mark and just that chart's figures", async () => {
    const [file] = await buildExportFiles(itemJob('comparison-social-investment', 'csv'), context)
    const bytes = new Uint8Array(await file!.blob.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(file!.type).toBe('text/csv;charset=utf-8')
    const rows = Papa.parse<Record<string, string>>((await text(file!.blob)).slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data
    expect(rows.map((r) => [r.id, r.value, r.unit, r.period])).toEqual([
      ['social-investment-2023', '7412', 'billion-vnd', '2023'],
      ['social-investment-2024', '9000', 'billion-vnd', '2024'],
    ])
  })

  it('writes Vietnamese Excel CSV with decimal commas and semicolons', async () => {
    const [file] = await buildExportFiles({ scope: 'dataset', format: 'csv-excel' }, context)
    const rows = Papa.parse<Record<string, string>>((await text(file!.blob)).slice(1), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    }).data
    expect(rows).toHaveLength(allFigures(dataset).length)
    expect(rows.find((r) => r['Mã số liệu'] === 'budget-revenue-2023')?.['Giá trị']).toBe('447,229')
  })

  it('writes the dataset JSON as the dataset, and an item JSON as its figures', async () => {
    const [whole] = await buildExportFiles({ scope: 'dataset', format: 'json' }, context)
    expect(JSON.parse(await text(whole!.blob))).toEqual(dataset)
    const [one] = await buildExportFiles(itemJob('comparison-budget-revenue', 'json'), context)
    const json = JSON.parse(await text(one!.blob)) as { item: string; figures: { value: number }[] }
    expect([json.item, json.figures.map((f) => f.value)]).toEqual([
      'comparison-budget-revenue',
      [447.229, 702.2],
    ])
  })

  it('exports the table of all indicators as CSV: each indicator’s result and target, as the table shows them', async () => {
    const [file] = await buildExportFiles(itemJob('indicators', 'csv'), context)
    const { data } = Papa.parse<Record<string, string>>((await text(file!.blob)).slice(1), { header: true })
    expect(file!.name).toBe('dong-ha-2024_tat-ca-chi-tieu.csv')
    const revenue = data.filter((row) => row.indicator === 'budget-revenue')
    expect(revenue.map((row) => [row.role, row.value])).toEqual([
      ['actual', '447.229'],
      ['target', '702.2'],
    ])
    expect(new Set(data.map((row) => row.indicator)).size).toBe(dataset.indicators.length)
  })

  it('says what must be drawn first, and fails in words the reader is given when it was not', async () => {
    expect(renderingFor(itemJob('scorecard', 'png'))).toBe('frame')
    expect(renderingFor(itemJob('scorecard', 'csv'))).toBeNull()
    expect(renderingFor({ scope: 'deck', format: 'pdf', style: 'pictures' })).toBe('deck')
    expect(renderingFor({ scope: 'deck', format: 'pdf', style: 'editable' })).toBeNull()
    await expect(buildExportFiles(itemJob('scorecard', 'png'), context)).rejects.toEqual(
      new ExportError('no-image'),
    )
    await expect(
      buildExportFiles({ scope: 'deck', format: 'pptx', style: 'pictures' }, context),
    ).rejects.toBeInstanceOf(ExportError)
  })

  it('packs the pictured slides into a .pptx with one titled, annotated slide each', async () => {
    const slides = [
      { image: dot, title: 'Kết quả năm 2023', notes: 'Tổng thu: “447,229 tỷ đồng”' },
      { image: dot, title: 'Tổng thu ngân sách', notes: '' },
    ]
    const [file] = await buildExportFiles({ scope: 'deck', format: 'pptx', style: 'pictures' }, context, {
      slides,
    })
    expect(file!.name).toBe('dong-ha-2024_slides_pictures.pptx')
    const zip = await JSZip.loadAsync(await file!.blob.arrayBuffer())
    const names = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    expect(names).toHaveLength(2)
    expect(await zip.file('ppt/slides/slide1.xml')!.async('string')).toContain('Kết quả năm 2023')
    expect(await zip.file('ppt/notesSlides/notesSlide1.xml')!.async('string')).toContain('447,229 tỷ đồng')
  })
})
