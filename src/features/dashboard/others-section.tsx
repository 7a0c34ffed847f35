import { OtherFigures } from '../../components/views/other-figures.tsx'
import type { Dataset } from '../../dataset/schema.ts'
import { useI18n } from '../../lib/i18n-context.ts'

type OthersSectionProps = { dataset: Dataset }

/** Every figure the other sections leave out, each with what it is, its year and its source. */
export function OthersSection({ dataset }: OthersSectionProps) {
  const { t } = useI18n()
  return (
    <section id="others" aria-labelledby="others-title" className="scroll-mt-20 py-6">
      <h2 id="others-title" className="text-xl font-semibold">
        {t('othersTitle')}
      </h2>
      <p className="text-muted mt-1">{t('othersIntro')}</p>
      <div className="mt-4">
        <OtherFigures dataset={dataset} size="screen" />
      </div>
    </section>
  )
}
