import type { ReactNode } from 'react'
import { useI18n } from '../../lib/i18n-context.ts'
import { periodWords } from '../../model/period-words.ts'
import type { PlainMessageKey } from '../../lib/messages.ts'
import { shortChange } from '../../model/chart-rows.ts'
import { fieldKeys } from '../../model/field-labels.ts'
import { type IndicatorRow, type Sort, type SortKey, tableColumns } from '../../model/indicator-table.ts'
import { FigureValue } from '../figure-value.tsx'

type IndicatorTableProps = {
  rows: IndicatorRow[]
  years: { actual: number; target: number }
  /** On screen the columns sort and each figure opens its quote; in an image, the table alone. */
  size: 'screen' | 'export'
  sort?: Sort | null
  onSort?: (key: SortKey) => void
  /** The columns shown; by default those the rows have something for (see `tableColumns`). */
  columns?: readonly SortKey[]
}

const betterKeys: Record<IndicatorRow['indicator']['better'], PlainMessageKey | null> = {
  higher: 'betterHigher',
  lower: 'betterLower',
  neither: null,
}

const cell = 'border-b border-grid px-2 py-1.5 align-top'
/** More rows than a phone shows at once: the table scrolls down in its box as well as sideways. */
const longTableRows = 12
/** On a phone the field column gives way, so that the result and the target are in view without scrolling sideways. */
const phoneHidden = 'hidden sm:table-cell'

/**
 * Every indicator in one table: its field, the result, the target with its comparator, the change the target
 * asks for, and which way is better. The first column stays in view when the table scrolls sideways.
 */
export function IndicatorTable({
  rows,
  years,
  size,
  sort,
  onSort,
  columns = tableColumns(rows),
}: IndicatorTableProps) {
  const { language, t } = useI18n()
  const isStatic = size === 'export'
  const headers: Record<SortKey, string> = {
    name: t('tableIndicator'),
    field: t('tableField'),
    actual: t('actualLabel', { year: periodWords({ periods: years }, years.actual, language) }),
    target: t('targetLabel', { year: years.target }),
    change: t('tableChange'),
    better: t('tableBetter'),
  }
  const figure = (value: IndicatorRow['actual']) =>
    value ? <FigureValue figure={value} isStatic={isStatic} className="whitespace-nowrap" /> : '–'
  // A long table keeps to a screen's height; a short one shows every row, none hidden at the box's foot.
  const isLong = rows.length > longTableRows
  return (
    // On screen the table scrolls in its own box, its header and first column staying in view: a hundred
    // rows take a screen, not ten. Printed, it runs on.
    <>
      <div
        className={
          isStatic
            ? ''
            : `border-grid max-w-full overflow-auto rounded-lg border print:max-h-none print:overflow-visible ${isLong ? 'max-h-[80vh] sm:max-h-[75vh]' : ''}`
        }
        tabIndex={isStatic ? undefined : 0}
        role={isStatic ? undefined : 'region'}
        aria-label={isStatic ? undefined : t('tableScrollLabel')}
      >
        <table
          className={`border-collapse text-left ${isStatic ? 'w-[1300px] text-[17px]' : 'w-full text-sm'}`}
        >
          <caption className="sr-only">{t('sectionIndicators')}</caption>
          <thead className="bg-page">
            <tr>
              {columns.map((key, i) => (
                <th
                  key={key}
                  scope="col"
                  aria-sort={sort?.key === key ? (sort.isDescending ? 'descending' : 'ascending') : undefined}
                  className={`${cell} border-rule bg-page font-semibold whitespace-nowrap ${isStatic ? '' : `sticky top-0 ${i === 0 ? 'left-0 z-30' : 'z-20'} ${key === 'field' ? phoneHidden : ''}`}`}
                >
                  {onSort ? (
                    <button type="button" onClick={() => onSort(key)} className="hover:bg-grid rounded px-1">
                      {headers[key]}{' '}
                      <span aria-hidden="true">
                        {sort?.key === key ? (sort.isDescending ? '▼' : '▲') : '↕'}
                      </span>
                    </button>
                  ) : (
                    headers[key]
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ indicator, actual, target, change }) => {
              const better = betterKeys[indicator.better]
              const cells: Record<SortKey, ReactNode> = {
                name: (
                  <th
                    key="name"
                    scope="row"
                    className={`${cell} bg-surface min-w-28 font-normal sm:min-w-40 ${isStatic ? '' : 'sticky left-0 z-10 max-w-36 sm:max-w-80'}`}
                  >
                    {indicator.name[language]}
                  </th>
                ),
                field: (
                  <td key="field" className={`${cell} whitespace-nowrap ${isStatic ? '' : phoneHidden}`}>
                    {t(fieldKeys[indicator.field])}
                  </td>
                ),
                actual: (
                  <td key="actual" className={cell}>
                    {figure(actual)}
                  </td>
                ),
                target: (
                  <td key="target" className={cell}>
                    {figure(target)}
                  </td>
                ),
                change: (
                  <td key="change" className={`${cell} whitespace-nowrap tabular-nums`}>
                    {change && actual ? shortChange(change, language, actual) : '–'}
                  </td>
                ),
                better: (
                  <td
                    key="better"
                    className={`${cell} whitespace-nowrap ${indicator.better === 'lower' ? 'text-lower' : ''}`}
                  >
                    {better ? t(better) : '–'}
                  </td>
                ),
              }
              return (
                <tr key={indicator.id} data-indicator-id={indicator.id}>
                  {columns.map((key) => cells[key])}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {/* On a phone the columns after the result are off to the right: say so, since a scroll box shows no bar. */}
      {isStatic || columns.length <= 3 ? null : (
        <p className="text-muted mt-1 text-xs sm:hidden">
          {t(isLong ? 'tableScrollHint' : 'tableSwipeHint')}
        </p>
      )}
    </>
  )
}
