import { parseAsString, parseAsStringLiteral, useQueryState } from 'nuqs'

export const sectionIds = ['results', 'comparisons', 'targets', 'profile'] as const
export type SectionId = (typeof sectionIds)[number]

/** The section scrolled to (`?section=targets`): a shared link opens there. */
export function useSectionParam() {
  return useQueryState('section', parseAsStringLiteral(sectionIds))
}

/** The figure whose quote the source view shows (`?source=budget-revenue-2023`). */
export function useSourceParam() {
  return useQueryState('source', parseAsString)
}

export function useDatasetParam() {
  return useQueryState('dataset', parseAsString)
}
