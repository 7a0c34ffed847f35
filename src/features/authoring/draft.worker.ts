import { draftDataset, type KnownFacts } from '../../draft/draft-dataset.ts'

/**
 * Drafting a long report takes a while: it runs here, off the page's thread, so the page never freezes, and says
 * how far it has read (each tenth), so the page can show it and offer to stop.
 */
self.onmessage = (event: MessageEvent<{ text: string; sourceFile: string; known?: KnownFacts }>) => {
  let told = 0
  const onProgress = (done: number, total: number) => {
    const tenth = Math.floor((done / Math.max(1, total)) * 10)
    if (tenth > told) {
      told = tenth
      self.postMessage({ progress: tenth / 10 })
    }
  }
  try {
    self.postMessage({
      draft: draftDataset(event.data.text, event.data.sourceFile, event.data.known, onProgress),
    })
  } catch (error) {
    self.postMessage({ error: String(error) })
  }
}
