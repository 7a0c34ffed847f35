import { useMemo, useRef, useState } from 'react'
import { DialogFrame } from '../../components/dialog-frame.tsx'
import type { Dataset } from '../../dataset/schema.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { defaultPreset, exportItems, type Preset } from '../../model/export-items.ts'
import { DeckRenderer, useDeckRendering } from './deck-export.tsx'
import { useDeckChoice } from '../../stores/deck-choice.ts'
import { DeckSettings } from './deck-settings.tsx'
import { buttonClass } from '../../components/controls.ts'
import { EmbedPanel } from './embed-panel.tsx'
import { ExportActions } from './export-actions.tsx'
import type { DeckStyle, ImageOptions, Scale } from './export-files.ts'
import { ExportPreview } from './export-preview.tsx'
import { ExportSettings } from './export-settings.tsx'
import type { Background } from './rasterize.ts'
import { useExport } from './use-export.ts'

type ExportDialogProps = {
  dataset: Dataset
  itemId: string
  onSelect: (itemId: string) => void
  onClose: () => void
}

/**
 * Export one item as PNG (download or clipboard), CSV or JSON; the whole dataset; the deck or some of its slides
 * as .pptx or PDF, editable or as pictures.
 */
export default function ExportDialog({ dataset, itemId, onSelect, onClose }: ExportDialogProps) {
  const { language, t } = useI18n()
  const { choice } = useDeckChoice(dataset)
  const items = useMemo(() => exportItems(dataset, language, t, choice), [dataset, language, t, choice])
  const item = items.find((i) => i.id === itemId) ?? items[0]!
  // A size chosen for one item; another item starts at its own usual size.
  const [presetChoice, setPresetChoice] = useState<{ itemId: string; preset: Preset } | null>(null)
  const [look, setLook] = useState<{ scale: Scale; background: Background }>({
    scale: 2,
    background: 'white',
  })
  const options: ImageOptions = {
    preset: presetChoice?.itemId === item.id ? presetChoice.preset : defaultPreset[item.kind],
    ...look,
  }
  const [deckSettings, setDeckSettings] = useState<{ style: DeckStyle; range: string }>({
    style: 'editable',
    range: '',
  })
  const slideCount = items.filter((i) => i.kind === 'slide').length
  const frameRef = useRef<HTMLDivElement>(null)
  const deck = useDeckRendering(dataset, choice)
  const exporting = useExport({
    context: { dataset, language, t },
    frame: () => frameRef.current?.querySelector<HTMLElement>('[data-testid="export-frame"]') ?? null,
    renderDeck: deck.render,
  })

  return (
    <DialogFrame
      title={t('exportTitle', { item: item.title })}
      sizeClass="h-[min(94vh,60rem)] w-[min(96vw,80rem)]"
      onClose={onClose}
    >
      <div className="border-grid grid grid-cols-1 gap-3 border-b p-4 text-sm md:grid-cols-4">
        <ExportSettings
          items={items}
          item={item}
          options={options}
          onSelect={onSelect}
          onChange={({ preset, scale, background }) => {
            setPresetChoice({ itemId: item.id, preset })
            setLook({ scale, background })
          }}
        />
        <ExportActions item={item} options={options} isPending={exporting.isPending} onRun={exporting.run} />
        <DeckSettings
          count={slideCount}
          {...deckSettings}
          isPending={exporting.isPending}
          onChange={setDeckSettings}
          onRun={(request) =>
            exporting.run(
              request.job.scope === 'deck' ? { ...request, job: { ...request.job, choice } } : request,
            )
          }
        />
        <EmbedPanel key={item.id} dataset={dataset} itemId={item.id} />
        {/* Kept in sight at the foot of the dialog while it has something to say: on a phone the deck's
            buttons are at the bottom of a long list. */}
        <div
          className={`flex min-h-8 flex-wrap items-center gap-3 md:col-span-4 ${exporting.status ? 'border-grid bg-surface sticky bottom-0 z-10 -mx-4 border-t px-4 py-2' : ''}`}
        >
          <p role="status" className="text-fg" data-testid="export-status">
            {exporting.status}
          </p>
          {exporting.isPending && (
            <button type="button" className={buttonClass} onClick={exporting.cancel}>
              {t('exportCancel')}
            </button>
          )}
        </div>
      </div>
      <ExportPreview dataset={dataset} item={item} options={options} frameRef={frameRef} />
      <DeckRenderer slides={deck.slides} containerRef={deck.container} dataset={dataset} />
    </DialogFrame>
  )
}
