import { draftDataset, type KnownFacts } from '../../draft/draft-dataset.ts'

/** Drafting a long report takes a while: it runs here, off the page's thread, so the page never freezes. */
self.onmessage = (event: MessageEvent<{ text: string; sourceFile: string; known?: KnownFacts }>) => {
  try {
    self.postMessage({ draft: draftDataset(event.data.text, event.data.sourceFile, event.data.known) })
  } catch (error) {
    self.postMessage({ error: String(error) })
  }
}
