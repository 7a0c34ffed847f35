import { loadLanguage } from './lib/messages.ts'

// The app loads English on first need (src/lib/messages.ts); unit tests translate into both at once.
await loadLanguage('en')
