import type { reportMessages as vi } from '../vi/report.ts'
import { translationOf } from '../catalog.ts'

export const reportMessages = translationOf<typeof vi>()({
  source: 'Source',
  enteredByPerson: 'as entered by the dataset’s maker',
  titleEntered: 'given by the dataset’s maker, not quoted from the article',
  published: 'Published',
  publishedDay: 'Published',
  meeting: 'Meeting',
  author: 'Author',
  quoteTitle: 'Title',
  quoteMeetingDate: 'Meeting date',
  quotePublisher: 'Publisher',
  quotePublished: 'Published',
  quoteMainIndicators: 'Main indicators',
  quoteScorecard: 'Main indicators achieved',
  figureScorecardAchieved: 'Main indicators achieved or exceeded',
  figureScorecardTotal: 'Main indicators',
})
