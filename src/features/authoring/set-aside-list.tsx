import type { Work } from '../../draft/work.ts'
import type { WorkAction } from '../../draft/work-actions.ts'
import { controlIds } from '../../draft/work-problems.ts'
import { nextKeyNumber } from '../../draft/redraft.ts'
import { useI18n } from '../../lib/i18n-context.ts'
import { buttonClass } from '../../components/controls.ts'
import { setAsideReasonKeys } from './set-aside-reasons.ts'

type SetAsideListProps = { work: Work; dispatch: (action: WorkAction) => void }

/** The words around an amount in its clause, so each item reads apart from the others of a long sentence. */
function excerpt(quote: string, valueText: string) {
  const at = Math.max(0, quote.indexOf(valueText))
  const from = Math.max(0, quote.lastIndexOf(' ', Math.max(0, at - 60)))
  const to = quote.indexOf(' ', at + valueText.length + 60)
  const end = to < 0 ? quote.length : to
  return {
    before: `${from > 0 ? '…' : ''}${quote.slice(from, at).trimStart()}`,
    after: `${quote.slice(at + valueText.length, end)}${end < quote.length ? ' …' : ''}`,
  }
}

/**
 * The amounts the draft left out of the rows, each with why and its sentence: nothing the text states is hidden, and
 * a person who counts one as the report's brings it back as a row to decide.
 */
export function SetAsideList({ work, dispatch }: SetAsideListProps) {
  const { t } = useI18n()
  const items = work.setAside ?? []
  if (items.length === 0) return null
  const bringBack = (key: string) => {
    const row = `f${nextKeyNumber(work.figures)}`
    const id = controlIds.figure(row, 'row')
    dispatch({ type: 'figures/bring-back', key })
    // The row is drawn a frame or a few later: gone to once it is there, its sentence in sight under the sticky bar
    // (a phone's screen shows the row's top, not only its role).
    let tries = 60
    const arrive = () => {
      const control = document.getElementById(id)
      if (!control) {
        if (tries-- > 0) requestAnimationFrame(arrive)
        return
      }
      document
        .querySelector(`fieldset[data-figure-key="${CSS.escape(row)}"]`)
        ?.scrollIntoView({ block: 'start' })
      control.focus({ preventScroll: true })
    }
    requestAnimationFrame(arrive)
  }
  return (
    <details data-testid="set-aside" className="border-rule bg-surface rounded-lg border p-3 text-sm">
      <summary className="cursor-pointer font-semibold">
        {t('makerSetAsideSummary', { count: items.length })}
      </summary>
      <p className="text-muted mt-2">{t('makerSetAsideHint')}</p>
      <ul className="mt-2 flex flex-col gap-3">
        {items.map(({ reason, figure }) => {
          const { before, after } = excerpt(figure.quote, figure.valueText)
          return (
            <li key={figure.key} className="flex flex-col gap-1 sm:flex-row sm:items-start sm:gap-3">
              <div className="min-w-0 flex-1">
                <p className="font-semibold">{t(setAsideReasonKeys[reason])}</p>
                <p lang="vi" className="break-words">
                  {before}
                  <mark className="text-fg bg-highlight rounded px-0.5 font-semibold">
                    {figure.valueText}
                  </mark>
                  {after}
                </p>
              </div>
              <button
                type="button"
                className={`${buttonClass} self-start`}
                aria-label={t('makerSetAsideBringLabel', { value: figure.valueText })}
                onClick={() => bringBack(figure.key)}
              >
                {t('makerSetAsideBring')}
              </button>
            </li>
          )
        })}
      </ul>
    </details>
  )
}
