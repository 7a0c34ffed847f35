import { addMessages } from '../../lib/messages.ts'
import { makerMessages } from '../../lib/messages/vi/maker.ts'

// The maker's Vietnamese texts come with its code: the dashboard's first screen does not carry them.
addMessages(makerMessages)
