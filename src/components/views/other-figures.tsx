import { otherFigures } from '../../dataset/derive.ts'
import type { Dataset, Figure } from '../../dataset/schema.ts'
import { formatAmount } from '../../dataset/format-amount.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import type { PlainMessageKey } from '../../lib/messages.ts'
import { periodWords } from '../../model/period-words.ts'
import { FigureValue } from '../figure-value.tsx'
import { amountClass, listTokens, textTokens, type ViewSize } from './view-size.ts'

type OtherFiguresProps = { dataset: Dataset; size: ViewSize }

const roleKeys = {
  actual: 'otherRoleActual',
  target: 'otherRoleTarget',
  fact: 'otherRoleFact',
  profile: 'otherRoleFact',
} as const satisfies Record<Figure['role'], PlainMessageKey>

/** Every figure the other sections leave out, each with what it is and its year: on the page and in its image. */
export function OtherFigures({ dataset, size }: OtherFiguresProps) {
  const { language, t } = useI18n()
  const tokens = textTokens[size]
  const isStatic = size !== 'screen'
  const figures = otherFigures(dataset)
  const amount = amountClass(
    tokens.value,
    figures.map((figure) => formatAmount(figure, language)),
    listTokens.others.room[size],
  )
  return (
    <ul className={listTokens.others.grid[size]}>
      {figures.map((figure) => (
        <li key={figure.id} className={`${tokens.item} ${isStatic ? `${tokens.rule} border-muted` : ''}`}>
          <p className={tokens.note}>
            {t(roleKeys[figure.role])}
            {figure.period && ` ${periodWords(dataset, figure.period.year, language)}`}
          </p>
          <p className={tokens.name}>{figure.label[language]}</p>
          <p className={`mt-1 ${amount}`}>
            <FigureValue figure={figure} isStatic={isStatic} />
          </p>
        </li>
      ))}
    </ul>
  )
}
