import type { Field } from '../dataset/schema.ts'
import type { MessageKey } from '../lib/messages.ts'

export const fieldKeys: Record<Field, MessageKey> = {
  'economy-budget': 'fieldEconomyBudget',
  'urban-environment': 'fieldUrbanEnvironment',
  society: 'fieldSociety',
  defence: 'fieldDefence',
}
