/**
 * The datasets kept in this browser changed (saved, replaced, removed): every open tab hears it and
 * reloads its list, so two tabs never show different lists.
 */
const channelName = 'bang-chi-so-datasets'

export function announceDatasetsChanged(id: string): void {
  if (typeof BroadcastChannel === 'undefined') return
  const channel = new BroadcastChannel(channelName)
  channel.postMessage({ id })
  channel.close()
}

export function onDatasetsChanged(listener: (id: string) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined
  const channel = new BroadcastChannel(channelName)
  channel.onmessage = (event: MessageEvent<{ id: string }>) => listener(event.data.id)
  return () => channel.close()
}
