import './index.css'

/**
 * The first script: the page is already painted from its prerendered HTML (every chart in it), so the app's code
 * is fetched and run only after that first paint, never in the way of it, and in two tasks (React's renderer, then
 * the app) so that neither holds a phone's main thread for long. A click before the app owns the page is held and
 * replayed (`public/early.js`).
 */
function afterFirstPaint(): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve()
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0))
    // A frame off the screen (an embed further down an article) may draw no frames until it is scrolled to.
    setTimeout(resolve, 200)
  })
}
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0))

void afterFirstPaint()
  .then(() => import('react-dom/client'))
  .then(nextTask)
  .then(() => import('./boot.tsx'))
