import { FigureValue } from '../../components/figure-value.tsx'
import { otherFigures } from '../../dataset/derive.ts'
import type { Dataset, Figure } from '../../dataset/schema.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import type { PlainMessageKey } from '../../lib/messages.ts'
import { periodWords } from '../../model/period-words.ts'

type OthersSectionProps = { dataset: Dataset }

const roleKeys = {
  actual: 'otherRoleActual',
  target: 'otherRoleTarget',
  fact: 'otherRoleFact',
  profile: 'otherRoleFact',
} as const satisfies Record<Figure['role'], PlainMessageKey>

/** Every figure the other sections leave out, each with what it is, its year and its source. */
export function OthersSection({ dataset }: OthersSectionProps) {
  const { language, t } = useI18n()
  const figures = otherFigures(dataset)
  return (
    <section id="others" aria-labelledby="others-title" className="scroll-mt-20 py-6">
      <h2 id="others-title" className="text-xl font-semibold">
        {t('othersTitle')}
      </h2>
      <p className="text-muted mt-1">{t('othersIntro')}</p>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {figures.map((figure) => (
          <li key={figure.id} className="border-grid rounded-lg border p-3">
            <p className="text-muted text-sm">
              {t(roleKeys[figure.role])}
              {figure.period && ` ${periodWords(dataset, figure.period.year, language)}`}
            </p>
            <p className="font-semibold">{figure.label[language]}</p>
            <p className="mt-1 text-2xl font-semibold">
              <FigureValue figure={figure} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
