import type { Field } from '../dataset/schema.ts'
import type { PlainMessageKey } from '../lib/messages.ts'

export const fieldKeys: Record<Field, PlainMessageKey> = {
  'economy-budget': 'fieldEconomyBudget',
  'urban-environment': 'fieldUrbanEnvironment',
  society: 'fieldSociety',
  defence: 'fieldDefence',
  party: 'fieldParty',
}
