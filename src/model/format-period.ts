import type { Period } from '../dataset/schema.ts'
import type { Translate } from '../lib/messages.ts'

/** "2023", "đầu năm 2024" or "cuối năm 2023": a figure's period as the report would say it. */
export function formatPeriod(period: Period, t: Translate): string {
  if (period.point === 'start') return t('startOf', { year: period.year })
  if (period.point === 'end') return t('endOf', { year: period.year })
  return String(period.year)
}
