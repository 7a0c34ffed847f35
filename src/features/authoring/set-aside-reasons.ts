import type { SetAsideReason } from '../../draft/set-aside.ts'
import type { MessageKey } from '../../lib/messages.ts'

/** Why the draft set an amount aside, in the reader's words. */
export const setAsideReasonKeys = {
  "another place's level": 'makerSetAsideOtherPlace',
  'places of the country': 'makerSetAsideCountry',
  "the world's, as forecast": 'makerSetAsideWorld',
  'one of so many places': 'makerSetAsideOneOf',
  'a band of criteria': 'makerSetAsideBand',
  'the targets not reached': 'makerSetAsideNotReached',
  'the meeting’s proceedings': 'makerSetAsideMeeting',
  'cut off where the text ends': 'makerSetAsideCut',
  'one household’s own': 'makerSetAsideHousehold',
  'an earlier estimate, revised': 'makerSetAsideRevised',
  'what the place was formed from': 'makerSetAsideFormedFrom',
} as const satisfies Record<SetAsideReason, MessageKey>
