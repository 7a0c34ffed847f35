import type { Dataset } from '../../dataset/schema.ts'
import { periodsLine } from '../../model/period-words.ts'
import { exportFileName } from '../../lib/file-name.ts'
import type { Language } from '../../lib/language.ts'
import type { Translate } from '../../lib/messages.ts'
import { defaultPreset, type ExportItem, type Preset } from '../../model/export-items.ts'
import { allFigures, type CsvDialect, figuresToCsv } from '../../model/figures-csv.ts'
import { formatDate } from '../../lib/format.ts'
import { placeName, sourceLine } from '../../model/place-line.ts'
import type { DeckChoice } from '../../model/deck.ts'
import { documentDeck } from '../../model/slide-document/build.ts'
import type { DocumentPalette } from '../../model/slide-document/marks.ts'
import { deckToPdf, deckToPptx, type RenderedSlide } from './deck-files.ts'
import { slidesToPdf } from './deck-pdf.ts'
import { slidesToPptx } from './deck-pptx.ts'
import { type DocumentMeta, readPalette, type WritingControl } from './document-writing.ts'
import { ExportError } from './export-error.ts'
import type { Background } from './rasterize.ts'

export const scales = [1, 2, 3] as const
export type Scale = (typeof scales)[number]
/** How an item's picture is made: its size, sharpness and background. */
export type ImageOptions = { preset: Preset; scale: Scale; background: Background }

/** One export a person asks for: an item (picture or numbers), the whole dataset's numbers, or the deck. */
export type ExportJob =
  | { scope: 'item'; item: ExportItem; format: 'png' | 'csv' | 'csv-excel' | 'json'; options: ImageOptions }
  | { scope: 'dataset'; format: 'csv' | 'csv-excel' | 'json' }
  | {
      scope: 'deck'
      format: 'pptx' | 'pdf'
      style: DeckStyle
      /** The deck as the meeting chose it (sections, indicators); all of it when left out. */
      choice?: DeckChoice
      /** Some of its slides, numbered from 1. */
      slides?: readonly number[]
    }

/** Editable text and native charts, or one picture per slide where a pixel-exact copy is wanted. */
export type DeckStyle = 'editable' | 'pictures'

/** What must be drawn in the page before the files can be made. */
export type Rendering = 'frame' | 'deck' | null
/** The drawings themselves: the item's frame as PNG, or every slide as a picture. */
export type Rendered = { png?: Blob; slides?: RenderedSlide[] }
export type ExportContext = { dataset: Dataset; language: Language; t: Translate }
/** A file ready to save: its name, its bytes and their media type. */
export type ExportFile = { name: string; blob: Blob; type: string }

const csvType = 'text/csv;charset=utf-8'
const jsonType = 'application/json'
const pngType = 'image/png'
const dialects: Record<'csv' | 'csv-excel', CsvDialect> = { csv: 'portable', 'csv-excel': 'excel-vi' }

export function renderingFor(job: ExportJob): Rendering {
  if (job.scope === 'deck') return job.style === 'pictures' ? 'deck' : null
  return job.scope === 'item' && job.format === 'png' ? 'frame' : null
}

/**
 * `dong-ha-2024_tong-thu-ngan-sach_2x.png`: the dataset, the item, then for a picture the size and background
 * when they are not the item's usual ones, and the scale. Numbers are the same at any size: no size in their name.
 */
export function exportFileNameFor(job: ExportJob, { dataset, language, t }: ExportContext): string {
  const datasetId = dataset.id
  if (job.scope === 'deck') {
    // `_slides_2-4_7_pictures_en.pptx`: the runs of slides, the style and the language where not the usual.
    const details = [
      ...(job.slides ? rangeLabel(job.slides).split(', ') : []),
      ...(job.style === 'pictures' ? ['pictures'] : []),
      ...(language === 'en' ? ['en'] : []),
    ]
    return exportFileName({ datasetId, item: 'slides', details, extension: job.format })
  }
  if (job.scope === 'dataset') {
    const item = { csv: 'figures', 'csv-excel': 'figures-excel-vi', json: 'dataset' }[job.format]
    return exportFileName({ datasetId, item, extension: job.format === 'json' ? 'json' : 'csv' })
  }
  const { item, format, options } = job
  const title = item.kind === 'dashboard' ? t('appName') : item.title
  if (format !== 'png') {
    const name = exportFileName({ datasetId, item: title, extension: format === 'json' ? 'json' : 'csv' })
    return format === 'csv-excel' ? name.replace(/\.csv$/, '_excel-vi.csv') : name
  }
  const preset = options.preset === defaultPreset[item.kind] ? '' : options.preset
  const background = options.background === 'white' ? '' : options.background
  const look = [preset, background].filter(Boolean).join('-') || undefined
  return exportFileName({ datasetId, item: title, preset: look, scale: options.scale, extension: 'png' })
}

/** Slides 1, 2, 3 and 7 as "1-3, 7". */
export function rangeLabel(numbers: readonly number[]): string {
  const runs: [number, number][] = []
  for (const n of numbers) {
    const last = runs.at(-1)
    if (last && n === last[1] + 1) last[1] = n
    else runs.push([n, n])
  }
  return runs.map(([from, to]) => (from === to ? `${from}` : `${from}-${to}`)).join(', ')
}

/** "Xuất 27/11/2026": the short note at the foot of an exported slide. */
export const exportNote = ({ language, t }: Pick<ExportContext, 'language' | 't'>, date = new Date()) =>
  t('exportedOnShort', { date: formatDate(date.toISOString(), language) })

/** What a deck says about itself: the report's title, its publisher as author, the place and years as subject. */
export function documentMeta({ dataset, language, t }: ExportContext): DocumentMeta {
  const { report } = dataset
  return {
    title: report.title[language],
    author: report.publisher.name[language],
    subject: [placeName(report, language), periodsLine(dataset, t, language)].filter(Boolean).join(' · '),
    language,
  }
}

/** How a deck's document is written: the palette (the page's, unless given) and the progress and cancel. */
export type DocumentControl = WritingControl & { palette?: DocumentPalette }

/** The item's own numbers as JSON: which dataset and item they come from, its title, and its figures. */
export function itemJson(dataset: Dataset, item: ExportItem): string {
  const { id, title, subtitle, figures } = item
  return JSON.stringify({ dataset: dataset.id, item: id, title, subtitle, figures }, null, 2)
}

const textFile = (name: string, text: string, type: string): ExportFile => ({
  name,
  type,
  blob: new Blob([text], { type }),
})

/** The files one export yields, from the job and what was drawn for it. */
export async function buildExportFiles(
  job: ExportJob,
  context: ExportContext,
  rendered: Rendered = {},
  control: DocumentControl = {},
): Promise<ExportFile[]> {
  const name = exportFileNameFor(job, context)
  const { dataset } = context
  if (job.scope === 'deck') {
    const meta = documentMeta(context)
    let blob: Blob
    if (job.style === 'pictures') {
      if (!rendered.slides?.length) throw new ExportError('slides-not-rendered')
      blob = await (job.format === 'pptx' ? deckToPptx : deckToPdf)(rendered.slides, meta, control)
    } else {
      const slides = documentDeck({ ...context, note: exportNote(context) }, job.choice, job.slides)
      const palette = control.palette ?? readPalette()
      blob = await (job.format === 'pptx' ? slidesToPptx : slidesToPdf)(slides, meta, palette, control)
    }
    return [{ name, blob, type: blob.type }]
  }
  if (job.format === 'json') {
    const json = job.scope === 'item' ? itemJson(dataset, job.item) : JSON.stringify(dataset, null, 2)
    return [textFile(name, json, jsonType)]
  }
  if (job.format === 'png') {
    if (!rendered.png) throw new ExportError('no-image')
    return [{ name, blob: rendered.png, type: pngType }]
  }
  const figures = job.scope === 'item' ? job.item.figures : allFigures(dataset)
  const { language, t } = context
  const about = {
    report: dataset.report.title[language],
    source: [sourceLine(dataset.report, language), dataset.report.url ?? dataset.report.publisher.url]
      .filter(Boolean)
      .join(' · '),
    exportedOn: formatDate(new Date().toISOString(), language),
    language,
    t,
  }
  return [textFile(name, figuresToCsv(figures, dialects[job.format], about), csvType)]
}
