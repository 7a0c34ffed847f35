import { parseAsInteger, parseAsString, parseAsStringLiteral, useQueryState } from 'nuqs'

export const sectionIds = ['results', 'comparisons', 'targets', 'indicators', 'profile'] as const
export type SectionId = (typeof sectionIds)[number]

/** The section scrolled to (`?section=targets`): a shared link opens there. */
export function useSectionParam() {
  return useQueryState('section', parseAsStringLiteral(sectionIds))
}

/** The figure whose quote the source view shows (`?source=budget-revenue-2023`). */
export function useSourceParam() {
  // Pushed, so the browser's Back button closes the source view instead of leaving the page.
  return useQueryState('source', parseAsString.withOptions({ history: 'push' }))
}

export function useDatasetParam() {
  return useQueryState('dataset', parseAsString)
}

/** `?view=present` shows the deck, `?view=presenter` the presenter's window, `?view=author` the dataset maker; absent, the dashboard. */
export function useViewParam() {
  // Pushed, so that the browser's Back button (a phone's back gesture) leaves the deck or the maker for the
  // dashboard instead of leaving the app.
  return useQueryState(
    'view',
    parseAsStringLiteral(['present', 'presenter', 'author'] as const).withOptions({ history: 'push' }),
  )
}

/** The slide shown, counted from 1, so a reload or a shared link reopens it. */
export function useSlideParam() {
  return useQueryState('slide', parseAsInteger.withDefault(1).withOptions({ clearOnDefault: false }))
}

export function useThemeParam() {
  return useQueryState('theme', parseAsStringLiteral(['light', 'dark'] as const).withDefault('light'))
}

/** The item whose export panel is open (`?export=comparison-budget-revenue`). */
export function useExportParam() {
  return useQueryState('export', parseAsString.withOptions({ history: 'push' }))
}

/** The one item shown alone in another site's page (`?embed=scorecard`, `?embed=comparison-grdp`). */
export function useEmbedParam() {
  return useQueryState('embed', parseAsString)
}
