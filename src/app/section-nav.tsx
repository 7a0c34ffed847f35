import { useEffect } from 'react'
import { presentSections } from '../dataset/derive.ts'
import type { Dataset } from '../dataset/schema.ts'
import { useI18n } from '../lib/i18n-context.ts'
import { actualPeriod } from '../model/period-words.ts'
import { type SectionId, sectionIds, useSectionParam } from '../stores/url-state.ts'
import { useSectionCounts } from '../stores/indicator-filter.ts'

type SectionNavProps = {
  dataset: Dataset
  /** `bar`: one row in the header, and it scrolls to the section in the URL on arrival. `menu`: a list. */
  variant: 'bar' | 'menu'
  onNavigate?: () => void
}

/** Links to the dashboard's sections; the chosen one is kept in the URL. */
export function SectionNav({ dataset, variant, onNavigate }: SectionNavProps) {
  const { t, language } = useI18n()
  const [section, setSection] = useSectionParam()
  // While a filter narrows the page, the links say how many targets and indicators it shows.
  const counts = useSectionCounts(dataset)
  const present = presentSections(dataset)
  const counted = (label: string, count: number) =>
    counts.isFiltered ? t('navCount', { label, count }) : label
  const labels: Record<SectionId, string> = {
    results: t('sectionResults', { year: actualPeriod(dataset, language) }),
    comparisons: t('sectionComparisons'),
    targets: counted(t('sectionTargets', { year: dataset.periods.target }), counts.targets),
    indicators: counted(t('sectionIndicators'), counts.indicators),
    profile: t('sectionProfile'),
  }

  useEffect(() => {
    // The address as it is: while hydrating, the hook still gives the prerendered page's (no section).
    const arrival = new URLSearchParams(location.search).get('section')
    if (variant !== 'bar' || !arrival) return
    // Only on arrival: later changes scroll from the click handler. The sections above may still change height as
    // they are laid out (content-visibility) and their fonts arrive: until the reader scrolls, the section stays put.
    const target = document.getElementById(arrival)
    if (!target) return
    target.scrollIntoView()
    let placed = window.scrollY
    const keep = new ResizeObserver(() => {
      if (window.scrollY !== placed) return keep.disconnect()
      target.scrollIntoView()
      placed = window.scrollY
    })
    const main = document.getElementById('main')
    if (main) keep.observe(main)
    const stop = setTimeout(() => keep.disconnect(), 3000)
    return () => {
      clearTimeout(stop)
      keep.disconnect()
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  return (
    <nav
      aria-label={t('nav')}
      className={variant === 'bar' ? '-mx-1 flex flex-wrap gap-1' : 'flex flex-col gap-1'}
    >
      {/* In the header's one row the table's link waits for room (1280 px); the menu always has it. */}
      {sectionIds
        .filter((id) => present.has(id))
        .map((id) => (
          <a
            key={id}
            href={`#${id}`}
            aria-current={section === id ? 'location' : undefined}
            onClick={(event) => {
              event.preventDefault()
              void setSection(id)
              document.getElementById(id)?.scrollIntoView({ behavior: 'smooth' })
              onNavigate?.()
            }}
            className={`text-muted hover:bg-hover aria-[current]:bg-grid aria-[current]:text-fg shrink-0 rounded whitespace-nowrap aria-[current]:font-semibold ${variant === 'bar' ? 'px-2 py-1 text-sm' : 'px-3 py-2.5 text-base'} ${variant === 'bar' && id === 'indicators' ? 'max-xl:hidden' : ''}`}
          >
            {labels[id]}
          </a>
        ))}
    </nav>
  )
}
