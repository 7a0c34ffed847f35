import { useEffect } from 'react'
import type { Dataset } from '../dataset/schema.ts'
import { useI18n } from '../lib/i18n-context.ts'
import { type SectionId, sectionIds, useSectionParam } from '../lib/url-state.ts'

type SectionNavProps = { dataset: Dataset }

/** Links to the dashboard's sections; the chosen one is kept in the URL and scrolled to on load. */
export function SectionNav({ dataset }: SectionNavProps) {
  const { t } = useI18n()
  const [section, setSection] = useSectionParam()
  const labels: Record<SectionId, string> = {
    results: t('sectionResults', { year: dataset.periods.actual }),
    comparisons: t('sectionComparisons'),
    targets: t('sectionTargets', { year: dataset.periods.target }),
    profile: t('sectionProfile'),
  }

  useEffect(() => {
    if (section) document.getElementById(section)?.scrollIntoView()
    // Only on arrival: later changes scroll from the click handler.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  return (
    <nav aria-label={t('nav')} className="-mx-1 flex flex-wrap gap-1">
      {sectionIds.map((id) => (
        <a
          key={id}
          href={`#${id}`}
          aria-current={section === id ? 'location' : undefined}
          onClick={(event) => {
            event.preventDefault()
            void setSection(id)
            document.getElementById(id)?.scrollIntoView({ behavior: 'smooth' })
          }}
          className="shrink-0 rounded px-2 py-1 text-sm whitespace-nowrap text-slate-700 hover:bg-slate-100 aria-[current]:bg-slate-200 aria-[current]:font-semibold aria-[current]:text-slate-900"
        >
          {labels[id]}
        </a>
      ))}
    </nav>
  )
}
