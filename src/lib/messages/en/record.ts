import type { recordMessages as vi } from '../vi/record.ts'
import { translationOf } from '../catalog.ts'

export const recordMessages = translationOf<typeof vi>()({
  sectionRecord: 'Were the targets reached?',
  recordIntro: {
    one: 'From {count} report of {place} ({years}): each year’s targets against the next report’s results.',
    other:
      'From {count} reports of {place} ({years}): each year’s targets against the next report’s results.',
  },
  recordHow:
    'Verdicts use only the two reports’ numbers and comparators (≥, >, <, ranges such as “1–2”) and which way is better; each report’s own words are shown beside them, and a disagreement is flagged.',
  recordYear: 'Targets for {year}',
  recordIndicator: 'Indicator to follow over the years',
  recordChartSummary: '{name}: targets and results over the years.',
  recordDownloadCsv: 'Download CSV (with both sources)',
  verdictReached: 'Reached',
  verdictMissed: 'Not reached',
  verdictCannotSay: 'Cannot say',
  verdictNoResult: 'No result yet',
  verdictDisputed: 'The report says “{stated}”, the numbers show “{computed}”',
  verdictConflict:
    'Another report gives {amount} for this year ({source}): by that number, “{verdict}”. The result above follows the latest publication.',
  verdictDisputedShort: 'The report’s words disagree',
  verdictStated: 'The report says “{stated}”',
  reasonUnits: 'the two years’ units cannot be compared',
  reasonImpreciseActual: 'the result gives no exact number',
  reasonImpreciseTarget: 'the target only says “about”',
  reasonOverlap: 'the numbers do not settle it',
  reasonOverlapDetail: 'the result only says “{actual}”, the target is “{target}”',
  resultConverted: '{actual} (= {converted})',
  tableSources: 'Sentences',
  recordSources: 'Both sentences',
  recordSetIn: 'Target, in “{title}”',
  recordReportedIn: 'Result, in “{title}”',
  tableTarget: 'Target set',
  tableResult: 'Result',
  recordTableLabel: 'Verdict table, scrollable',
  tableYear: 'Year',
  tableVerdict: 'Verdict',
})
