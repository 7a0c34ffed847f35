// Runs before the page is painted: a link with ?lang=en shows the English prerendered page (#root-en)
// instead of the Vietnamese one (#root). src/main.tsx then hydrates whichever is shown.
if (new URLSearchParams(location.search).get('lang') === 'en') {
  document.documentElement.lang = 'en'
  document.documentElement.dataset.prerendered = 'en'
}
