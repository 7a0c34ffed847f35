import { lookup } from './lookup.ts'
import type { Dataset, Localized } from './schema.ts'
import type { PlainMessageKey } from '../lib/messages.ts'

/** `occurrence`: which standing of the quote in the source is meant, when it stands there more than once. */
export type QuotedItem = { label: Localized; quote: string; occurrence?: number | undefined }

/** What the source view shows a quote of: an item of the dataset, named in its own words or by a message of the app. */
export type SourceItem = Omit<QuotedItem, 'label'> & { label: Localized | PlainMessageKey }

/**
 * Everything on screen that can be traced to the source: figures, the scorecard, text facts and the
 * report's own details, by the id the source view is opened with.
 */
export function quotedItem(dataset: Dataset, id: string): SourceItem | null {
  const figure = lookup(dataset).figure(id)
  if (figure) return figure
  const fact = dataset.textFacts.find((f) => f.id === id)
  if (fact) return fact
  const { report } = dataset
  if (id === 'scorecard' && dataset.scorecard) {
    return { label: 'quoteScorecard', quote: dataset.scorecard.quote }
  }
  if (id === 'report-published' && report.publishedQuote)
    return { label: 'quotePublished', quote: report.publishedQuote }
  if (id === 'report-meeting' && report.meetingQuote)
    return { label: 'quoteMeetingDate', quote: report.meetingQuote }
  if (id === 'report-publisher' && report.publisher.quote)
    return { label: 'quotePublisher', quote: report.publisher.quote }
  return null
}
