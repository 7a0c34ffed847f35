import type { Dataset } from '../dataset/schema.ts'

/**
 * A dashboard in one file: the single-file build (`scripts/prerender.ts --single`) writes, beside the served app,
 * `one-file.html`, the self-contained page with these marks where the first screen and the data go. The browser
 * fills them for any dataset it has, so what it downloads is that build, with that dataset and its report text
 * baked in: prerendered, offline, from file://, under the same strict CSP (the inline scripts, and so their hashes,
 * are the build's own; the data goes in inert JSON, which no policy needs to allow).
 */
export const oneFileTemplateName = 'one-file.html'
export const oneFileMarks = {
  vietnamese: '<!--one-file:root-->',
  english: '<!--one-file:root-en-->',
  data: '<!--one-file:data-->',
} as const

/** Renders the first screen of a dataset for a URL search ('' or '?lang=en'); the app shell provides it. */
export type FirstScreenRenderer = (dataset: Dataset, search: string) => Promise<string>

/** JSON inside <script type="application/json"> is never run; escaping "<" keeps "</script>" in a label inert. */
const inert = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')

/** The dataset, and in a one-file page its report text, as the inert JSON the page reads at start. */
export function embeddedData(dataset: Dataset, source?: { file: string; text: string }): string {
  const scripts = [`<script type="application/json" id="bundled-dataset">${inert(dataset)}</script>`]
  if (source)
    scripts.push(`<script type="application/json" id="bundled-source">${inert(source)}</script>`)
  return scripts.join('\n    ')
}

/** Puts each part in place of its mark, which the template holds exactly once (found before any part goes in). */
export function fillTemplate(template: string, parts: Record<keyof typeof oneFileMarks, string>): string {
  const places = (Object.keys(oneFileMarks) as (keyof typeof oneFileMarks)[])
    .map((key) => {
      const mark = oneFileMarks[key]
      const at = template.indexOf(mark)
      if (at < 0 || template.indexOf(mark, at + 1) >= 0) throw new OneFileError('one-file-missing')
      return { at, end: at + mark.length, part: parts[key] }
    })
    .sort((a, b) => a.at - b.at)
  let page = ''
  let from = 0
  for (const { at, end, part } of places) {
    page += template.slice(from, at) + part
    from = end
  }
  return page + template.slice(from)
}

/**
 * Why a one-file page could not be written: the app runs from a file itself (no template to fetch), the template is
 * not at hand (offline before any download) or not on the server, or the page could not be drawn.
 */
export type OneFileFault = 'one-file-local' | 'one-file-offline' | 'one-file-missing' | 'one-file-render'

export class OneFileError extends Error {
  constructor(readonly fault: OneFileFault) {
    super(fault)
  }
}

async function fetchTemplate(): Promise<string> {
  let response: Response
  try {
    response = await fetch(`${import.meta.env.BASE_URL}${oneFileTemplateName}`)
  } catch {
    throw new OneFileError('one-file-offline')
  }
  if (!response.ok) throw new OneFileError('one-file-missing')
  const text = await response.text().catch(() => {
    throw new OneFileError('one-file-offline')
  })
  if (!text.includes(oneFileMarks.data)) throw new OneFileError('one-file-missing')
  return text
}

/**
 * The one-file page of a dataset, with its report text (the source view and every quote work from disk), in
 * both languages (`?lang=en` shows the English first screen, as in the single-file build).
 */
export async function writeOneFilePage(
  dataset: Dataset,
  sourceText: string | null,
  render: FirstScreenRenderer,
): Promise<Blob> {
  const template = await fetchTemplate()
  let screens: [string, string]
  try {
    screens = [await render(dataset, ''), await render(dataset, '?lang=en')]
  } catch {
    throw new OneFileError('one-file-render')
  }
  const page = fillTemplate(template, {
    vietnamese: screens[0],
    english: screens[1],
    data: embeddedData(
      dataset,
      sourceText === null ? undefined : { file: dataset.report.sourceFile, text: sourceText },
    ),
  })
  return new Blob([page], { type: 'text/html;charset=utf-8' })
}

/** The file's name: the dataset's id, which names its JSON and its exports too. */
export const oneFileName = (dataset: Dataset) => `${dataset.id}.html`
