import { useEffect, useMemo, useRef, useState } from 'react'
import type { Dataset } from '../../dataset/schema.ts'
import { exportFileName } from '../../lib/file-name.ts'
import { formatDate } from '../../lib/format.ts'
import { allFigures, figuresToCsv } from '../../model/figures-csv.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import type { PlainMessageKey } from '../../lib/messages.ts'
import { defaultPreset, exportItems, type Preset, presets } from '../../model/export-items.ts'
import { type Action, ActionButtons } from './action-buttons.tsx'
import { Choice } from './choice.tsx'
import { DeckRenderer, useDeckExport } from './deck-export.tsx'
import { ExportItemBody } from './export-item-body.tsx'
import { ExportFrame } from './export-frame.tsx'
import { type Background, pngSize, rasterize } from './rasterize.ts'
import { copyPng, saveFile } from '../../lib/save-file.ts'

type ExportDialogProps = {
  dataset: Dataset
  itemId: string
  onSelect: (itemId: string) => void
  onClose: () => void
}

const presetKeys: Record<Preset, PlainMessageKey> = {
  card: 'presetCard',
  slide: 'presetSlide',
  share: 'presetShare',
  page: 'presetPage',
}
const backgroundKeys: Record<Background, PlainMessageKey> = {
  white: 'backgroundWhite',
  transparent: 'backgroundTransparent',
  dark: 'backgroundDark',
}
const scales = [1, 2, 3] as const
const csvType = 'text/csv;charset=utf-8'
const jsonType = 'application/json'
const buttonClass =
  'rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-900 hover:bg-slate-100 disabled:opacity-50'

/** Export one item as PNG (download or clipboard), CSV or JSON; the whole dataset; the deck as .pptx or PDF. */
export default function ExportDialog({ dataset, itemId, onSelect, onClose }: ExportDialogProps) {
  const { language, t } = useI18n()
  const items = useMemo(() => exportItems(dataset, language, t), [dataset, language, t])
  const item = items.find((i) => i.id === itemId) ?? items[0]!
  const [presetChoice, setPreset] = useState<{ itemId: string; preset: Preset } | null>(null)
  const preset = presetChoice?.itemId === item.id ? presetChoice.preset : defaultPreset[item.kind]
  const [scale, setScale] = useState<(typeof scales)[number]>(2)
  const [background, setBackground] = useState<Background>('white')
  const [status, setStatus] = useState('')
  const [isBusy, setIsBusy] = useState(false)
  const exportedAt = useMemo(() => new Date(), [])
  const dialogRef = useRef<HTMLDialogElement>(null)
  const frameRef = useRef<HTMLDivElement>(null)
  const deck = useDeckExport(dataset)
  const { width, height } = presets[preset]
  const name = (extension: string, withScale = false) =>
    exportFileName({
      datasetId: dataset.id,
      item: item.kind === 'dashboard' ? t('appName') : item.title,
      preset:
        [preset === defaultPreset[item.kind] ? '' : preset, background === 'white' ? '' : background]
          .filter(Boolean)
          .join('-') || undefined,
      scale: withScale ? scale : undefined,
      extension,
    })

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  const run = async (work: () => Promise<string>) => {
    setIsBusy(true)
    setStatus(t('exportWorking'))
    try {
      setStatus(await work())
    } catch (error) {
      setStatus(t('exportFailed', { detail: error instanceof Error ? error.message : String(error) }))
    } finally {
      setIsBusy(false)
    }
  }
  const frame = () => frameRef.current?.querySelector<HTMLElement>('[data-testid="export-frame"]') ?? null
  const makePng = async () => {
    const element = frame()
    if (!element) throw new Error('no frame')
    const started = performance.now()
    const blob = await rasterize(element, scale, background)
    return { blob, ms: Math.round(performance.now() - started), ...(await pngSize(blob)) }
  }
  const downloadPng = () =>
    run(async () => {
      const png = await makePng()
      const file = name('png', true)
      saveFile(png.blob, file)
      return t('exportDone', { file, width: png.width, height: png.height, ms: png.ms })
    })
  const copyImage = () =>
    run(async () => {
      const png = await makePng()
      if (await copyPng(png.blob)) return t('copied', { width: png.width, height: png.height })
      const file = name('png', true)
      saveFile(png.blob, file)
      return t('copyRefused', { file })
    })
  const downloadText = (text: string, type: string, file: string) =>
    run(async () => {
      saveFile(new Blob([text], { type }), file)
      return t('exportFileDone', { file })
    })
  const itemJson = () =>
    JSON.stringify(
      {
        dataset: dataset.id,
        item: item.id,
        title: item.title,
        subtitle: item.subtitle,
        figures: item.figures,
      },
      null,
      2,
    )

  const deckProgress = (slide: number, count: number) => setStatus(t('exportDeckProgress', { slide, count }))
  const datasetFile = (what: string, extension: string) =>
    exportFileName({ datasetId: dataset.id, item: what, extension })
  const itemActions: Action[] = [
    { label: t('downloadPng'), run: downloadPng },
    { label: t('copyPng'), run: copyImage },
    { label: t('downloadCsv'), run: () => downloadText(figuresToCsv(item.figures), csvType, name('csv')) },
    {
      label: t('downloadCsvExcel'),
      run: () =>
        downloadText(
          figuresToCsv(item.figures, 'excel-vi'),
          csvType,
          name('csv').replace(/\.csv$/, '_excel-vi.csv'),
        ),
    },
    { label: t('downloadJson'), run: () => downloadText(itemJson(), jsonType, name('json')) },
  ]
  const datasetActions: Action[] = [
    {
      label: t('downloadDatasetCsv'),
      run: () => downloadText(figuresToCsv(allFigures(dataset)), csvType, datasetFile('figures', 'csv')),
    },
    {
      label: t('downloadDatasetCsvExcel'),
      run: () =>
        downloadText(
          figuresToCsv(allFigures(dataset), 'excel-vi'),
          csvType,
          datasetFile('figures-excel-vi', 'csv'),
        ),
    },
    {
      label: t('downloadDatasetJson'),
      run: () => downloadText(JSON.stringify(dataset, null, 2), jsonType, datasetFile('dataset', 'json')),
    },
    { label: t('downloadPptx'), run: () => run(() => deck.download('pptx', deckProgress)) },
    { label: t('downloadPdf'), run: () => run(() => deck.download('pdf', deckProgress)) },
  ]

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby="export-title"
      onClose={onClose}
      className="m-auto h-[min(94vh,60rem)] w-[min(96vw,80rem)] rounded-xl p-0 shadow-2xl backdrop:bg-slate-900/60"
    >
      <div className="flex h-full flex-col">
        <div className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-200 p-4">
          <h2 id="export-title" className="text-lg font-semibold">
            {t('exportTitle', { item: item.title })}
          </h2>
          <button type="button" onClick={onClose} className={buttonClass}>
            {t('close')}
          </button>
        </div>
        <div className="grid gap-3 border-b border-slate-200 p-4 text-sm md:grid-cols-4">
          <label className="flex flex-col gap-1 md:col-span-4">
            <span className="font-semibold">{t('exportItem')}</span>
            <select
              value={item.id}
              onChange={(event) => onSelect(event.target.value)}
              className="rounded border border-slate-300 px-2 py-1.5"
            >
              {items.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.title}
                </option>
              ))}
            </select>
          </label>
          <Choice
            legend={t('exportPreset')}
            name="preset"
            options={item.kind === 'dashboard' ? ['page'] : (Object.keys(presets) as Preset[])}
            value={preset}
            label={(p) => t(presetKeys[p])}
            onChange={(p) => setPreset({ itemId: item.id, preset: p })}
          />
          <Choice
            legend={t('exportScale')}
            name="scale"
            options={[...scales]}
            value={scale}
            label={(s) => `${s}×`}
            onChange={setScale}
          />
          <Choice
            legend={t('exportBackground')}
            name="background"
            options={['white', 'transparent', 'dark'] as Background[]}
            value={background}
            label={(b) => t(backgroundKeys[b])}
            onChange={setBackground}
          />
          <ActionButtons actions={itemActions} isBusy={isBusy} className="flex flex-wrap content-end gap-2" />
          <ActionButtons
            actions={datasetActions}
            isBusy={isBusy}
            className="flex flex-wrap gap-2 md:col-span-4"
          />
          <p role="status" className="min-h-5 text-slate-800 md:col-span-4" data-testid="export-status">
            {status}
          </p>
        </div>
        <div
          className="min-h-0 flex-1 overflow-auto bg-[repeating-conic-gradient(#e2e8f0_0_25%,#f8fafc_0_50%)] bg-size-[24px_24px] p-4"
          tabIndex={0}
          aria-label={t('exportPreview')}
        >
          <div ref={frameRef} className="w-max">
            <ExportFrame
              dataset={dataset}
              title={item.title}
              subtitle={item.subtitle}
              width={width}
              height={height}
              background={background}
              exportedAt={exportedAt}
              isBare={item.kind === 'slide'}
            >
              <ExportItemBody
                dataset={dataset}
                item={item}
                note={t('exportedOn', { date: formatDate(exportedAt.toISOString(), language) })}
              />
            </ExportFrame>
          </div>
        </div>
      </div>
      <DeckRenderer slides={deck.slides} containerRef={deck.container} dataset={dataset} />
    </dialog>
  )
}
