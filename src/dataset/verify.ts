import { z } from 'zod'
import { formatNumber } from '../lib/format.ts'
import { readAmount, readVietnameseNumbers } from '../lib/read-vietnamese-number.ts'
import { units } from '../lib/units.ts'
import { type Dataset, datasetSchema, type Figure } from './schema.ts'

export type Problem = { path: string; vi: string; en: string }

/** "figures.3.quote": the path of a field, as people editing the JSON file see it. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(gốc / root)'
}

const viErrors = z.locales.vi().localeError
const enErrors = z.locales.en().localeError

function localeMessage(errorMap: typeof viErrors, issue: z.core.$ZodIssue): string {
  const result = errorMap(issue as Parameters<typeof viErrors>[0])
  return typeof result === 'string' ? result : (result?.message ?? issue.message)
}

/**
 * Schema problems in both languages. Our own checks write "vietnamese / english"; zod's built-in
 * checks are worded by its vi and en locales (parse with `reportInput: true` so they can name the type found).
 */
export function schemaProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path)
    // Our own checks word their message "vietnamese / english": keep it rather than zod's generic one.
    if (issue.message.includes(' / ')) {
      const [vi = issue.message, en = issue.message] = issue.message.split(' / ')
      return { path, vi, en }
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      return { path, vi: 'thiếu trường bắt buộc này', en: 'this required field is missing' }
    }
    if (issue.code === 'invalid_type' && typeof issue.input === 'number' && !Number.isFinite(issue.input)) {
      return { path, vi: `phải là số hữu hạn, không phải ${issue.input}`, en: `must be a finite number, not ${issue.input}` }
    }
    return { path, vi: localeMessage(viErrors, issue), en: localeMessage(enErrors, issue) }
  })
}

/**
 * Checks a dataset against its source text: the schema, every quote present character for character,
 * and every number in each figure's words, read by Vietnamese rules, equal to the stored value.
 */
export function verifyDataset(json: unknown, sourceText: string): Problem[] {
  const parsed = datasetSchema.safeParse(json, { reportInput: true })
  if (!parsed.success) return schemaProblems(parsed.error)
  const dataset = parsed.data
  const source = sourceText.normalize('NFC')
  const problems: Problem[] = []
  const quoteMissing = (path: string, quote: string) => {
    if (!source.includes(quote.normalize('NFC'))) {
      problems.push({
        path,
        vi: `trích dẫn không có trong văn bản nguồn: "${quote}"`,
        en: `quote not found in the source text: "${quote}"`,
      })
    }
  }

  const { report } = dataset
  quoteMissing('report.titleQuote', report.titleQuote)
  quoteMissing('report.publisher.quote', report.publisher.quote)
  quoteMissing('report.publishedQuote', report.publishedQuote)
  quoteMissing('report.meetingQuote', report.meetingQuote)
  quoteMissing('report.authorQuote', report.authorQuote)
  if (report.titleQuote !== report.title.vi) {
    problems.push({
      path: 'report.title.vi',
      vi: 'tiêu đề khác trích dẫn',
      en: 'the title differs from its quote',
    })
  }
  if (!report.authorQuote.includes(report.author)) {
    problems.push({
      path: 'report.author',
      vi: 'tác giả không có trong trích dẫn',
      en: 'the author is not in its quote',
    })
  }
  checkDate('report.publishedAt', report.publishedAt.slice(0, 10), report.publishedQuote, problems)
  const time = report.publishedAt.slice(11, 16)
  if (!report.publishedQuote.includes(time)) {
    problems.push({
      path: 'report.publishedAt',
      vi: `giờ ${time} không có trong trích dẫn`,
      en: `time ${time} is not in the quote`,
    })
  }
  checkDate('report.meetingDate', report.meetingDate, report.meetingQuote, problems)

  if (dataset.scorecard) {
    const { scorecard } = dataset
    quoteMissing('scorecard.quote', scorecard.quote)
    checkValueText('scorecard', scorecard.quote, scorecard.valueText, problems)
    compareNumbers(
      'scorecard',
      readVietnameseNumbers(scorecard.valueText),
      [scorecard.achieved, scorecard.total],
      problems,
    )
  }
  if (dataset.targetCount) {
    quoteMissing('targetCount.quote', dataset.targetCount.quote)
    checkFigure('targetCount', dataset.targetCount, problems)
    const listed = dataset.figures.filter(
      (f) => f.role === 'target' && f.period?.year === dataset.periods.target,
    ).length
    if (listed !== dataset.targetCount.value) {
      problems.push({
        path: 'figures',
        vi: `báo cáo nêu ${dataset.targetCount.value} chỉ tiêu nhưng tệp có ${listed}`,
        en: `the report announces ${dataset.targetCount.value} targets but the file lists ${listed}`,
      })
    }
  }
  dataset.figures.forEach((figure, i) => {
    quoteMissing(`figures.${i}.quote`, figure.quote)
    checkFigure(`figures.${i} (${figure.id})`, figure, problems)
  })
  checkParts(dataset, problems)
  dataset.textFacts.forEach((fact, i) => {
    quoteMissing(`textFacts.${i}.quote`, fact.quote)
    if (!fact.quote.includes(fact.text.vi)) {
      problems.push({
        path: `textFacts.${i}.text.vi`,
        vi: 'nội dung khác trích dẫn',
        en: 'the text differs from its quote',
      })
    }
  })
  return problems
}

function checkValueText(path: string, quote: string, valueText: string, problems: Problem[]) {
  if (!quote.includes(valueText)) {
    problems.push({
      path: `${path}.valueText`,
      vi: 'valueText không nằm trong quote',
      en: 'valueText is not inside quote',
    })
  }
}

function compareNumbers(path: string, read: number[], stored: number[], problems: Problem[]) {
  const same = read.length === stored.length && read.every((n, i) => n === stored[i])
  if (!same) {
    // Each language writes the numbers its own way, so "41.250" is never mistaken for 41.25.
    const list = (numbers: number[], language: 'vi' | 'en') => numbers.map((n) => formatNumber(n, language, 6)).join(' / ')
    problems.push({
      path,
      vi: `văn bản ghi ${list(read, 'vi') || '(không có số)'} nhưng giá trị lưu là ${list(stored, 'vi')}`,
      en: `the text says ${list(read, 'en') || '(no number)'} but the stored value is ${list(stored, 'en')}`,
    })
  }
}

function checkFigure(path: string, figure: Figure, problems: Problem[]) {
  const amount = readAmount(figure.valueText)
  const stored = figure.max === undefined ? [figure.value] : [figure.value, figure.max]
  compareNumbers(`${path}.value`, amount.numbers, stored, problems)
  if (amount.comparator !== figure.comparator) {
    problems.push({
      path: `${path}.comparator`,
      vi: `văn bản ghi "${amount.comparator}" nhưng lưu "${figure.comparator}"`,
      en: `the text reads as "${amount.comparator}" but "${figure.comparator}" is stored`,
    })
  }
  if (!units[figure.unit].sourceWords.includes(amount.unitText)) {
    problems.push({
      path: `${path}.unit`,
      vi: `đơn vị trong văn bản "${amount.unitText}" không khớp "${figure.unit}"`,
      en: `the unit in the text "${amount.unitText}" does not match "${figure.unit}"`,
    })
  }
}

function checkParts(dataset: Dataset, problems: Problem[]) {
  for (const whole of dataset.figures) {
    const parts = dataset.figures.filter((f) => f.partOf === whole.id)
    if (parts.length === 0) continue
    const sum = parts.reduce((total, part) => total + part.value, 0)
    if (whole.comparator === 'exact' && parts.every((p) => p.comparator === 'exact') && sum !== whole.value) {
      problems.push({
        path: `figures (${whole.id})`,
        vi: `các phần cộng lại ${sum}, không bằng ${whole.value}`,
        en: `the parts add up to ${sum}, not ${whole.value}`,
      })
    }
  }
}

/** The quote must state the ISO date as Vietnamese reports do: 6/3/2024, 06/03/2024 or 7-3-2024. */
function checkDate(path: string, isoDate: string, quote: string, problems: Problem[]) {
  const [year, month, day] = isoDate.split('-').map(Number)
  const found = [...quote.matchAll(/(\d{1,2})[/-](\d{1,2})[/-](\d{4})/g)].some(
    (m) => Number(m[1]) === day && Number(m[2]) === month && Number(m[3]) === year,
  )
  if (!found) {
    problems.push({
      path,
      vi: `ngày ${isoDate} không có trong trích dẫn`,
      en: `date ${isoDate} is not in the quote`,
    })
  }
}
