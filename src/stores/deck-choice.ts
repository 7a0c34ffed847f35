import { parseAsArrayOf, parseAsStringLiteral, useQueryStates } from 'nuqs'
import { useMemo } from 'react'
import type { Dataset } from '../dataset/schema.ts'
import { buildDeck, type DeckChoice, type DeckSection, deckSections } from '../model/deck.ts'
import { isFilterActive, matchesFilter, pairedIndicatorIds } from '../model/indicator-filter.ts'
import { useIndicatorFilter } from './indicator-filter.ts'
import { useSeries } from './series.ts'
import { deckParam } from './present-filtered.ts'
import { followTargets } from '../model/follow-targets.ts'

const parsers = {
  deck: deckParam,
  /** `?hide=facts,profile`: the sections the deck leaves out. */
  hide: parseAsArrayOf(parseAsStringLiteral(deckSections)),
}

/**
 * The deck a meeting presents, kept in the URL so that a link (and the presenter's window, and the export)
 * shows the same slides: the indicators of the current filter or all, without the sections left out.
 */
export function useDeckChoice(dataset: Dataset) {
  const [params, setParams] = useQueryStates(parsers)
  const { filter } = useIndicatorFilter()
  const filtered = useMemo(() => {
    if (!isFilterActive(filter)) return undefined
    const paired = pairedIndicatorIds(dataset)
    return new Set(dataset.indicators.filter((i) => matchesFilter(i, filter, paired)).map((i) => i.id))
  }, [dataset, filter])
  const hiddenList = params.hide
  const isOnlyFiltered = params.deck === 'filtered' && filtered !== undefined
  // With other reports of the place, the deck says which of their targets this report shows were reached.
  const { series } = useSeries(dataset)
  const seriesKey = series.map((d) => d.id).join(' ')
  const record = useMemo(
    () =>
      series.length > 1 ? followTargets(series).filter((f) => f.year <= dataset.periods.actual) : undefined,
    // The series is new on every render; its ids say when it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [seriesKey, dataset],
  )
  const choice: DeckChoice = useMemo(
    () => ({ indicators: isOnlyFiltered ? filtered : undefined, hidden: new Set(hiddenList ?? []), record }),
    [isOnlyFiltered, filtered, hiddenList, record],
  )
  const slides = useMemo(() => buildDeck(dataset, choice), [dataset, choice])
  // The sections this deck has at all: one with no slide for this dataset is no choice to offer.
  const sections = useMemo(
    () => new Set(buildDeck(dataset, { ...choice, hidden: new Set() }).map((slide) => slide.kind)),
    [dataset, choice],
  )
  const hidden = choice.hidden ?? new Set<DeckSection>()
  return {
    slides,
    choice,
    hidden,
    sections,
    /** How many indicators the current filter lets through; undefined without a filter. */
    filteredCount: filtered?.size,
    isOnlyFiltered,
    setOnlyFiltered: (only: boolean) => void setParams({ deck: only ? 'filtered' : null }),
    setHidden: (section: DeckSection, isHidden: boolean) => {
      const next = deckSections.filter((s) => (s === section ? isHidden : hidden.has(s)))
      void setParams({ hide: next.length > 0 ? next : null })
    },
  }
}
