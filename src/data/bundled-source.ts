/** The report text embedded in the single-file build, where nothing can be fetched over file://. */
export function readBundledSource(file: string): string | null {
  const element = document.getElementById('bundled-source')
  if (!element?.textContent) return null
  try {
    const embedded = JSON.parse(element.textContent) as { file?: unknown; text?: unknown }
    return embedded.file === file && typeof embedded.text === 'string' ? embedded.text : null
  } catch {
    return null
  }
}
