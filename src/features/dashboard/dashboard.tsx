import { useQuery } from '@tanstack/react-query'
import { type ReactNode, Suspense } from 'react'
import { bundledReportCountQueryOptions } from '../../data/report-count.ts'
import { storedDatasetsQueryOptions } from '../../data/use-dataset.ts'
import type { Dataset } from '../../dataset/schema.ts'
import { presentSections } from '../../dataset/derive.ts'
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
}

export function Dashboard({ dataset, renderRecord }: DashboardProps) {
  const hasOtherReports = useHasOtherReports()
  // A report of results only, or of targets only, shows no empty section.
  const sections = presentSections(dataset)
  return (
    <main id="main" tabIndex={-1} className="outline-none">
      <ReportHeader dataset={dataset} />
      <FilterNotice dataset={dataset} />
      {sections.has('results') && <ResultsSection dataset={dataset} />}
      {sections.has('comparisons') && <ComparisonsSection dataset={dataset} />}
      {sections.has('targets') && <TargetsSection dataset={dataset} />}
      {sections.has('indicators') && <IndicatorsSection dataset={dataset} />}
      {/* Its code loads only where there are other reports to follow the targets into. */}
      {hasOtherReports && renderRecord && <Suspense fallback={null}>{renderRecord(dataset)}</Suspense>}
      {sections.has('profile') && <ProfileSection dataset={dataset} />}
      {sections.has('others') && <OthersSection dataset={dataset} />}
      <SourceView dataset={dataset} />
    </main>
  )
}
