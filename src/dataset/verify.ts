import { z } from './zod.ts'
import { findDates, findDaysAndMonths, findTimes } from './reading/read-date.ts'
import { lookup } from './lookup.ts'
import { formatPath, type Problem } from './problem.ts'
import { type Dataset, datasetSchema, figureSchema } from './schema.ts'
import { figureProblems, scorecardProblems } from './verify-figure.ts'
import { mixedScriptProblems, quoteProblems } from './verify-text.ts'

export type { Problem }

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
      return {
        path,
        vi: `phải là số hữu hạn, không phải ${issue.input}`,
        en: `must be a finite number, not ${issue.input}`,
      }
    }
    return { path, vi: localeMessage(viErrors, issue), en: localeMessage(enErrors, issue) }
  })
}

/**
 * Checks a dataset against its source text: the schema, every quote present (after NFC, any space as a space),
 * and every figure's words, read by the amount reader, equal to the stored value, comparator and unit.
 * Warnings (a quote found twice, letters of another script) have `severity: 'warning'`.
 */
export function verifyDataset(json: unknown, sourceText: string): Problem[] {
  const leftovers = draftLeftovers(json)
  const parsed = datasetSchema.safeParse(json, { reportInput: true })
  if (!parsed.success) {
    return [...leftovers, ...schemaProblems(parsed.error), ...partProblems(json, parsed.error, sourceText)]
  }
  const dataset = parsed.data
  const source = sourceText.normalize('NFC')
  const problems: Problem[] = [...leftovers]
  const quote = (path: string, text: string, occurrence?: number) => {
    problems.push(...quoteProblems(path, source, text, occurrence), ...mixedScriptProblems(path, text))
  }

  const { report } = dataset
  // "9 tháng đầu năm": the part of the year the results cover is the text's own words.
  const part = dataset.periods.actualPart
  if (part && !source.toLocaleLowerCase('vi').includes(part.normalize('NFC').toLocaleLowerCase('vi'))) {
    problems.push({
      path: 'periods.actualPart',
      vi: `"${part}" không có trong văn bản: ghi phần của năm như văn bản nói`,
      en: `"${part}" is not in the text: give the part of the year as the text says it`,
      severity: 'warning',
      code: 'part-not-in-text',
      params: { part },
    })
  }
  if (report.titleQuote) quote('report.titleQuote', report.titleQuote)
  if (report.publisher.quote) quote('report.publisher.quote', report.publisher.quote)
  if (report.publishedQuote) quote('report.publishedQuote', report.publishedQuote)
  if (report.meetingQuote) quote('report.meetingQuote', report.meetingQuote)
  if (report.authorQuote) quote('report.authorQuote', report.authorQuote)
  if (report.titleQuote !== undefined && report.titleQuote !== report.title.vi) {
    problems.push({
      path: 'report.title.vi',
      vi: 'tiêu đề khác trích dẫn',
      en: 'the title differs from its quote',
    })
  }
  if (report.author && report.authorQuote !== undefined && !report.authorQuote.includes(report.author)) {
    problems.push({
      path: 'report.author',
      vi: 'tác giả không có trong trích dẫn',
      en: 'the author is not in its quote',
    })
  }
  const publishedQuote = report.publishedQuote
  const publishedAt = report.publishedAt ?? ''
  if (publishedQuote !== undefined && !report.entered?.includes('publishedAt'))
    checkDate('report.publishedAt', publishedAt.slice(0, 10), publishedQuote, problems)
  const time = publishedAt.slice(11, 16)
  if (
    publishedQuote !== undefined &&
    time &&
    !findTimes(publishedQuote).some((found) => found.hhmm === time)
  ) {
    problems.push({
      path: 'report.publishedAt',
      vi: `giờ ${time} không có trong trích dẫn`,
      en: `time ${time} is not in the quote`,
    })
  }
  // "Chiều 30-11, UBND thị xã … họp": a meeting's day and month, its year the report's own.
  const meetingYears = [report.publishedAt?.slice(0, 4), dataset.periods.actual, dataset.periods.target]
    .filter((year) => year !== undefined && year !== null)
    .map(Number)
  if (report.meetingDate)
    checkDate('report.meetingDate', report.meetingDate, report.meetingQuote ?? '', problems, meetingYears)

  if (dataset.scorecard) {
    quote('scorecard.quote', dataset.scorecard.quote)
    problems.push(...scorecardProblems(dataset.scorecard))
  }
  if (dataset.targetCount) {
    quote('targetCount.quote', dataset.targetCount.quote, dataset.targetCount.occurrence)
    problems.push(...figureProblems('targetCount', dataset.targetCount))
    const listed = dataset.figures.filter(
      (f) => f.role === 'target' && f.period?.year === dataset.periods.target,
    ).length
    // An article often lists the most important of the targets it announces: said on the dashboard as both
    // numbers ("đề ra 23 chỉ tiêu; bài viết nêu 14"), a count here that the file's author should look at.
    if (listed !== dataset.targetCount.value) {
      problems.push({
        path: 'figures',
        severity: 'warning',
        vi: `báo cáo nêu ${dataset.targetCount.value} chỉ tiêu nhưng tệp có ${listed}`,
        en: `the report announces ${dataset.targetCount.value} targets but the file lists ${listed}`,
        code: 'count-mismatch',
        params: { announced: String(dataset.targetCount.value), listed: String(listed) },
      })
    }
  }
  dataset.figures.forEach((figure, i) => {
    quote(`figures.${i}.quote`, figure.quote, figure.occurrence)
    problems.push(...mixedScriptProblems(`figures.${i}.label`, `${figure.label.vi} ${figure.label.en}`))
    if (figure.role === 'target' && figure.period && figure.period.year !== dataset.periods.target) {
      problems.push({
        path: `figures.${i}.period`,
        severity: 'warning',
        vi: `chỉ tiêu cho năm ${figure.period.year}, khác năm chỉ tiêu của bộ số liệu (${dataset.periods.target})`,
        en: `a target for ${figure.period.year}, not the dataset's target year (${dataset.periods.target})`,
        code: 'target-year',
        params: { year: String(figure.period.year), targetYear: String(dataset.periods.target) },
      })
    }
    problems.push(...figureProblems(`figures.${i} (${figure.id})`, figure))
  })
  dataset.indicators.forEach((indicator, i) => {
    problems.push(...mixedScriptProblems(`indicators.${i}.name.vi`, indicator.name.vi))
  })
  problems.push(...samePeriodProblems(dataset))
  checkParts(dataset, problems)
  dataset.textFacts.forEach((fact, i) => {
    quote(`textFacts.${i}.quote`, fact.quote)
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

/**
 * Where the whole file does not parse, the figures that do are still read against the text: every problem is
 * said at once, not one stage at a time (a unit fixed, and then the value found wrong).
 */
function partProblems(json: unknown, error: z.ZodError, sourceText: string): Problem[] {
  const figures = (json as { figures?: unknown } | null)?.figures
  if (!Array.isArray(figures)) return []
  const broken = new Set(
    error.issues.flatMap((issue) =>
      issue.path[0] === 'figures' && typeof issue.path[1] === 'number' ? [issue.path[1]] : [],
    ),
  )
  const source = sourceText.normalize('NFC')
  return figures.flatMap((candidate, i) => {
    if (broken.has(i)) return []
    const figure = figureSchema.safeParse(candidate)
    if (!figure.success) return []
    return [
      ...quoteProblems(`figures.${i}.quote`, source, figure.data.quote, figure.data.occurrence),
      ...figureProblems(`figures.${i} (${figure.data.id})`, figure.data),
    ]
  })
}

const draftOnlyKeys = new Set(['draft', 'todo', 'unitText', 'ignoredNumbers', 'setAside'])

/** What a draft leaves for a person: "TODO" values and the draft's own notes, each by its path. */
function draftLeftovers(json: unknown): Problem[] {
  const problems: Problem[] = []
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string' && value.startsWith('TODO')) {
      problems.push({ path, vi: 'còn "TODO": điền giá trị', en: 'still "TODO": fill it in' })
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${path}.${i}`))
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        const at = path ? `${path}.${key}` : key
        if (draftOnlyKeys.has(key)) {
          problems.push({
            path: at,
            vi: 'phần ghi chú của bản nháp: xoá đi',
            en: "the draft's own notes: delete them",
          })
        } else walk(inner, at)
      }
    }
  }
  walk(json, '')
  return problems
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

/** The quote must state the ISO date as Vietnamese reports do: 6/3/2024, 06/03/2024, 7-3-2024 or in words. */
/**
 * The date must be in its quote; where `yearsKnown` are given, a quote of its day and month alone ("Chiều 30-11",
 * "ngày 30/11") does, in one of those years or one the quote writes.
 */
function checkDate(
  path: string,
  isoDate: string,
  quote: string,
  problems: Problem[],
  yearsKnown: number[] = [],
) {
  const [year = 0, month = 0, day = 0] = isoDate.split('-').map(Number)
  // ("Sáng ngày 13/11, … kỳ họp cuối năm 2017": the year written in the quote is known too.)
  const yearsInQuote = [...quote.matchAll(/(?<![\d.,/])(?:19|20)\d{2}(?![\d.,/])/gu)].map((m) => Number(m[0]))
  const isDayOfKnownYear =
    [...yearsKnown, ...yearsInQuote].includes(year) &&
    findDaysAndMonths(quote).some((d) => d.day === day && d.month === month)
  if (!isDayOfKnownYear && !findDates(quote).some((date) => date.iso === isoDate)) {
    problems.push({
      path,
      vi: `ngày ${day}/${month}/${year} không có trong trích dẫn`,
      en: `date ${isoDate} is not in the quote`,
    })
  }
}

/** What makes a result or a target the same one twice: its indicator, role, year and unit. */
export type PeriodSlot = {
  indicator: string
  role: 'actual' | 'target'
  year: number
  unit: string
  otherUnit?: string | undefined
}

/**
 * Each result (or target) that repeats an earlier one's indicator, role, year and unit, with the earlier one. The
 * caller leaves out what is no such figure (a change, a part, a fact), by giving no slot. One rule for the file's
 * verifier and the maker, which asks it of the work before there is a file.
 */
export function samePeriodRepeats<T>(
  items: readonly T[],
  slot: (item: T) => PeriodSlot | null,
): { item: T; index: number; first: T; year: number }[] {
  const seen = new Map<string, T>()
  return items.flatMap((item, index) => {
    const at = slot(item)
    if (!at) return []
    const key = [at.indicator, at.role, at.year, at.unit, at.otherUnit ?? ''].join('|')
    const first = seen.get(key)
    if (first === undefined) {
      seen.set(key, item)
      return []
    }
    return [{ item, index, first, year: at.year }]
  })
}

/**
 * Two results (or two targets) of one indicator for one period in one unit, neither a change: the dashboard can show
 * one, and a second is most often a figure read in the wrong part of the report (a plan's "73%" under last year's
 * results). Said on the second, as a warning: a report may give two, and a person decides.
 */
function samePeriodProblems(dataset: Dataset): Problem[] {
  const repeats = samePeriodRepeats(dataset.figures, (figure) =>
    (figure.role === 'actual' || figure.role === 'target') &&
    figure.indicatorId &&
    figure.period &&
    !figure.changeFrom &&
    !figure.partOf
      ? {
          indicator: figure.indicatorId,
          role: figure.role,
          year: figure.period.year,
          unit: figure.unit,
          otherUnit: figure.otherUnit,
        }
      : null,
  )
  return repeats.map(({ item: figure, index, first, year }): Problem => {
    const name = lookup(dataset).indicator(figure.indicatorId ?? '')?.name.vi ?? ''
    const params = { name, first: first.valueText, year: String(year), role: figure.role }
    return {
      path: `figures.${index}.period`,
      severity: 'warning',
      vi: `"${name}" đã có ${figure.role === 'target' ? 'chỉ tiêu' : 'kết quả'} năm ${params.year} (${first.valueText}): số thứ hai này có đúng là của năm đó không?`,
      en: `"${name}" already has a ${figure.role === 'target' ? 'target' : 'result'} for ${params.year} (${first.valueText}): is this second one really of that year?`,
      code: 'same-period-twice',
      params,
    }
  })
}
