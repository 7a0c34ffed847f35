// Runs before the page is painted, before any of the app's code.
// 1. A link with ?lang=en shows the English prerendered page. A served build has one document per language
//    (index.html, en.html: scripts/prerender.ts): a link that asks for the other language goes there before this
//    one paints. The single file carries both, and shows the English copy (#root-en) instead of the Vietnamese
//    one (#root). src/main.tsx then hydrates whichever is shown.
// 2. A click that lands before the part it lands on is hydrated (the app's code still loading, or a section not
//    yet needed: src/components/on-need.tsx) is held, and replayed on the same control once React owns it, so
//    "Trình chiếu", a figure's source or "English" work from the first moment the page shows.
;(() => {
  const root = document.documentElement
  const search = new URLSearchParams(location.search)
  // 3. An item embedded in another site's page (?embed=…) hides the prerendered dashboard until it is drawn.
  if (search.has('embed')) root.dataset.embed = ''
  // 4. A link to a dataset by name (?dataset=…) may ask for another report than the one prerendered: no figure of
  //    the prerendered report shows under it (src/boot.tsx draws the page anew for the dataset named).
  else if (search.has('dataset')) root.dataset.otherDataset = ''
  const wantsEnglish = search.get('lang') === 'en'
  const page = root.dataset.languagePage
  if (page && (page === 'en') !== wantsEnglish) {
    const other = new URL(wantsEnglish ? 'en.html' : './', location.href)
    root.style.visibility = 'hidden'
    location.replace(`${other.pathname}${location.search}${location.hash}`)
    return
  }
  if (!page && wantsEnglish) {
    root.lang = 'en'
    root.dataset.prerendered = 'en'
  }

  /** React has hydrated an element when it has attached its fiber to it. */
  const isHydrated = (element) => Object.keys(element).some((key) => key.startsWith('__reactFiber$'))
  const controls = 'button, summary, [role="button"], [role="tab"], [role="menuitem"], input, label'
  const held = []
  let timer = 0
  const replay = () => {
    for (let i = held.length - 1; i >= 0; i -= 1) {
      const { control, since } = held[i]
      if (!control.isConnected || Date.now() - since > 15000) held.splice(i, 1)
      else if (isHydrated(control)) {
        held.splice(i, 1)
        control.click()
      }
    }
    timer = held.length > 0 ? setTimeout(replay, 50) : 0
  }
  document.addEventListener(
    'click',
    (event) => {
      const control = event.target instanceof Element ? event.target.closest(controls) : null
      if (!control || !control.closest('#root, #root-en') || isHydrated(control)) return
      event.preventDefault()
      event.stopImmediatePropagation()
      held.push({ control, since: Date.now() })
      if (!timer) timer = setTimeout(replay, 50)
    },
    true,
  )
})()
