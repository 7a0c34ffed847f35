import type { Dataset } from '../dataset/schema.ts'
import type { Language } from '../lib/language.ts'
import type { Translate } from '../lib/messages.ts'
import { type ExportKind, exportItems } from './export-items.ts'

/**
 * A chart, the scorecard, the targets, the table or the record, shown alone in another site's page (`?embed=<id>`):
 * the ids are the export dialog's, and "record" the targets followed across the place's reports.
 */
export type EmbedItem = { id: string; title: string; subtitle: string }

const embeddable: ReadonlySet<ExportKind> = new Set([
  'comparison',
  'scorecard',
  'targets',
  'percent-targets',
  'indicators',
])

export const recordEmbedId = 'record'

/** What can be embedded from a dataset, with the titles the export dialog gives them. */
export function embedItems(dataset: Dataset, language: Language, t: Translate): EmbedItem[] {
  return [
    ...exportItems(dataset, language, t)
      .filter((item) => embeddable.has(item.kind))
      .map(({ id, title, subtitle }) => ({ id, title, subtitle })),
    { id: recordEmbedId, title: t('sectionRecord'), subtitle: '' },
  ]
}

/** The message an embedded item sends its page as its height changes; the pasted script listens for it. */
export const heightMessageType = 'bang-chi-so:height'

/** The address of one embedded item: always names its dataset, so the frame keeps it when the app's default changes. */
export function embedUrl(app: URL, datasetId: string, itemId: string, language: Language): string {
  const url = new URL(app.pathname, app.origin)
  url.searchParams.set('dataset', datasetId)
  url.searchParams.set('embed', itemId)
  if (language === 'en') url.searchParams.set('lang', 'en')
  return url.href
}

const attribute = (text: string) =>
  text.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;')

/**
 * What a person pastes in the article: the frame, as wide as the column, and a script that sets its height when it
 * tells it (only a number, and only from the app's origin and that frame). The frame starts at `height` until then,
 * so a page without script still shows the item (scrolling inside if it is taller).
 */
export function embedCode({ url, title, height }: { url: string; title: string; height: number }): string {
  const origin = new URL(url).origin
  return [
    `<iframe src="${attribute(url)}" title="${attribute(title)}" data-bang-chi-so style="width:100%;height:${height}px;border:0" loading="lazy"></iframe>`,
    `<script>addEventListener("message",function(e){var d=e.data;if(e.origin!=="${origin}"||!d||d.type!=="${heightMessageType}"||typeof d.height!=="number"||!(d.height>0&&d.height<20000))return;document.querySelectorAll("iframe[data-bang-chi-so]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.ceil(d.height)+"px"})})</script>`,
  ].join('\n')
}
