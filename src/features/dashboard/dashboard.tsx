import { useQuery } from '@tanstack/react-query'
import { type ReactNode, Suspense } from 'react'
import { bundledReportCountQueryOptions } from '../../data/report-count.ts'
import { storedDatasetsQueryOptions } from '../../data/use-dataset.ts'
import type { Dataset } from '../../dataset/schema.ts'
import { presentSections } from '../../dataset/derive.ts'
import { OnNeed } from '../../components/on-need.tsx'
import { ComparisonsSection } from './comparisons-section.tsx'
import { FilterNotice } from './filter-notice.tsx'
import { IndicatorsSection } from './indicators-section.tsx'
import { OthersSection } from './others-section.tsx'
import { ProfileSection } from './profile-section.tsx'
import { ReportHeader } from './report-header.tsx'
import { ResultsSection } from './results-section.tsx'
import { SourceView } from './source-view.tsx'
import { TargetsSection } from './targets-section.tsx'

/** Whether the reader has more than one report (bundled, or opened in this browser): a series may follow. */
function useHasOtherReports(): boolean {
  const bundled = useQuery(bundledReportCountQueryOptions())
  const stored = useQuery(storedDatasetsQueryOptions())
  return (bundled.data ?? 0) + (stored.data?.length ?? 0) > 1
}

type DashboardProps = {
  dataset: Dataset
  /** The record of targets across reports: a slot the app fills, so that its code loads only where it is shown. */
  renderRecord?: (dataset: Dataset) => ReactNode
  /** Shown inside another page (the maker's preview): a part of that page's main content, not a second one. */
  isPart?: boolean
}

/**
 * The record's place: the two lists it depends on settle after the page has loaded, and re-render only this slot,
 * not the sections around it.
 */
function RecordSlot({ dataset, renderRecord }: Required<Pick<DashboardProps, 'dataset' | 'renderRecord'>>) {
  const hasOtherReports = useHasOtherReports()
  return hasOtherReports ? <Suspense fallback={null}>{renderRecord(dataset)}</Suspense> : null
}

export function Dashboard({ dataset, renderRecord, isPart = false }: DashboardProps) {
  // A report of results only, or of targets only, shows no empty section.
  const sections = presentSections(dataset)
  const Root = isPart ? 'div' : 'main'
  return (
    <Root {...(isPart ? {} : { id: 'main', tabIndex: -1 })} className="outline-none">
      <ReportHeader dataset={dataset} />
      <FilterNotice dataset={dataset} />
      {/* Each section hydrates when it comes near the screen or the page is touched. */}
      {sections.has('results') && <OnNeed id="results" dataset={dataset} Part={ResultsSection} />}
      {sections.has('comparisons') && <OnNeed id="comparisons" dataset={dataset} Part={ComparisonsSection} />}
      {sections.has('targets') && <OnNeed id="targets" dataset={dataset} Part={TargetsSection} />}
      {sections.has('indicators') && <OnNeed id="indicators" dataset={dataset} Part={IndicatorsSection} />}
      {/* Its code loads only where there are other reports to follow the targets into. */}
      {renderRecord && <RecordSlot dataset={dataset} renderRecord={renderRecord} />}
      {sections.has('profile') && <OnNeed id="profile" dataset={dataset} Part={ProfileSection} />}
      {sections.has('others') && <OnNeed id="others" dataset={dataset} Part={OthersSection} />}
      <OnNeed id="source" dataset={dataset} Part={SourceView} />
    </Root>
  )
}
