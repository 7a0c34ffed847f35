import { lazy, Suspense } from 'react'
import type { Dataset } from '../../dataset/schema.ts'
import { ComparisonsSection } from './comparisons-section.tsx'
import { FilterNotice } from './filter-notice.tsx'
import { IndicatorsSection } from './indicators-section.tsx'
import { ProfileSection } from './profile-section.tsx'
import { ReportHeader } from './report-header.tsx'
import { ResultsSection } from './results-section.tsx'
import { SourceView } from './source-view.tsx'
import { TargetsSection } from './targets-section.tsx'

const RecordSection = lazy(() => import('../record/record-section.tsx'))

type DashboardProps = { dataset: Dataset }

export function Dashboard({ dataset }: DashboardProps) {
  return (
    <main id="main" tabIndex={-1} className="outline-none">
      <ReportHeader dataset={dataset} />
      <FilterNotice dataset={dataset} />
      <ResultsSection dataset={dataset} />
      <ComparisonsSection dataset={dataset} />
      <TargetsSection dataset={dataset} />
      <IndicatorsSection dataset={dataset} />
      {/* Drawn after hydration, when the reader has other reports of this place. */}
      <Suspense fallback={null}>
        <RecordSection dataset={dataset} />
      </Suspense>
      <ProfileSection dataset={dataset} />
      <SourceView dataset={dataset} />
    </main>
  )
}
