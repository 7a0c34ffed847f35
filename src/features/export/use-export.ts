import { useMutation } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { copyPng, saveFile } from '../../lib/save-file.ts'
import type { DeckRendering } from './deck-export.tsx'
import { unlessCancelled } from './document-writing.ts'
import { ExportError } from './export-error.ts'
import {
  buildExportFiles,
  type ExportContext,
  type ExportFile,
  type ExportJob,
  type Rendered,
  renderingFor,
} from './export-files.ts'
import { type Delivered, type ExportProgress, type ExportResult, exportStatus } from './export-status.ts'
import { pngSize, rasterize } from './rasterize.ts'

/** Download the files, or put the picture on the clipboard (downloaded instead when the browser refuses). */
export type Delivery = 'download' | 'clipboard'
export type ExportRequest = { job: ExportJob; delivery?: Delivery }

type UseExportOptions = {
  context: ExportContext
  /** The item's fixed-size frame in the preview, as it will be pictured. */
  frame: () => HTMLElement | null
  renderDeck: DeckRendering
}

async function deliver(files: ExportFile[], delivery: Delivery): Promise<Delivered> {
  const [first] = files
  if (delivery === 'clipboard' && files.length === 1 && first && (await copyPng(first.blob))) return 'copied'
  for (const file of files) saveFile(file.blob, file.name)
  return delivery === 'clipboard' ? 'copy-refused' : 'saved'
}

/**
 * Runs one export (draw, build the files, save or copy) and reports its progress, result or error. A deck's
 * export can be cancelled at any moment: the answer is at once, the work stops between two slides.
 */
export function useExport({ context, frame, renderDeck }: UseExportOptions) {
  const [progress, setProgress] = useState<ExportProgress | null>(null)
  const controller = useRef<AbortController | null>(null)
  const mutation = useMutation({
    mutationFn: async ({ job, delivery = 'download' }: ExportRequest): Promise<ExportResult> => {
      setProgress(null)
      const { signal } = (controller.current = new AbortController())
      const started = performance.now()
      const rendered: Rendered = {}
      const rendering = renderingFor(job)
      if (rendering === 'deck' && job.scope === 'deck')
        rendered.slides = await unlessCancelled(
          renderDeck({
            chosen: job.slides,
            signal,
            onProgress: (slide, count) => setProgress({ phase: 'drawing', slide, count }),
          }),
          signal,
        )
      if (rendering === 'frame' && job.scope === 'item') {
        const element = frame()
        if (!element) throw new ExportError('no-image')
        rendered.png = await rasterize(element, job.options.scale, job.options.background)
      }
      const ms = Math.round(performance.now() - started)
      const image = rendered.png ? { ...(await pngSize(rendered.png)), ms } : undefined
      const files = await unlessCancelled(
        buildExportFiles(job, context, rendered, {
          signal,
          onProgress: (slide, count) => setProgress({ phase: 'writing', slide, count }),
        }),
        signal,
      )
      return { files, delivered: await deliver(files, delivery), image }
    },
  })
  const status = exportStatus(
    { isPending: mutation.isPending, progress, result: mutation.data, error: mutation.error },
    context.t,
  )
  return {
    run: mutation.mutate,
    cancel: () => controller.current?.abort(),
    isPending: mutation.isPending,
    status,
  }
}
