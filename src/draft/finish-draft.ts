import type { Draft, DraftFigure, DraftIndicator, DraftScorecard, IgnoredNumberNote } from './draft-types.ts'
import type { DraftReport } from './report-meta.ts'
import type { SetAsideFigure } from './set-aside.ts'

/** "Tổng thu ngân sách" → "tong-thu-ngan-sach": ids in the schema's alphabet, from the figure's words. */
export function slugify(text: string, maxWords = 6): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-')
}

/** The year most figures are of; on a tie the later ("từ 12 triệu đồng năm 2015 tăng lên 31,5 triệu đồng năm 2020"). */
function mostCommon(years: readonly number[]): number | 'TODO' {
  const counts = new Map<number, number>()
  for (const year of years) counts.set(year, (counts.get(year) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 'TODO'
}

function mostCommonWords(words: readonly string[]): string | undefined {
  const counts = new Map<string, number>()
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
}

type Parts = {
  report: DraftReport
  figures: DraftFigure[]
  ignoredNumbers: IgnoredNumberNote[]
  setAside?: SetAsideFigure[]
  sourceFile: string
  scorecard?: DraftScorecard
  targetCount?: DraftFigure
}

/** Ids, one "TODO" indicator per result or target, the dataset's periods, and the list of what is left to do. */
export function finishDraft({
  report,
  figures,
  ignoredNumbers,
  setAside = [],
  sourceFile,
  scorecard,
  targetCount,
}: Parts): Draft {
  const usedIds = new Set<string>()
  const uniqueId = (base: string) => {
    let id = base || 'figure'
    for (let n = 2; usedIds.has(id); n++) id = `${base || 'figure'}-${n}`
    usedIds.add(id)
    return id
  }
  const indicators = new Map<string, DraftIndicator>()
  const named = figures.map((figure): DraftFigure => {
    const slug = slugify(figure.label.vi)
    const id = uniqueId(figure.period ? `${slug}-${figure.period.year}` : slug)
    if (figure.role !== 'actual' && figure.role !== 'target') return { ...figure, id }
    const indicatorId = slug || 'indicator'
    if (!indicators.has(indicatorId)) {
      indicators.set(indicatorId, {
        id: indicatorId,
        name: { vi: figure.label.vi, en: 'TODO' },
        field: 'TODO',
        better: 'TODO',
      })
    }
    // Key order as in the curated datasets: id, role, indicatorId first.
    return Object.assign({ id, role: figure.role, indicatorId }, figure, { id, indicatorId })
  })
  const target = targetCount
    ? {
        ...targetCount,
        id: uniqueId(`main-target-count-${targetCount.period?.year ?? ''}`.replace(/-$/u, '')),
      }
    : undefined
  const actuals = named.filter((f) => f.role === 'actual' && f.period).map((f) => f.period?.year ?? 0)
  const targets = named.filter((f) => f.role === 'target' && f.period).map((f) => f.period?.year ?? 0)
  const actualYear = mostCommon(actuals)
  // "9 tháng đầu năm 2024": the results cover the part of the year most of them were read as covering.
  const ofYear = named.filter((f) => f.role === 'actual' && f.period?.year === actualYear)
  const parts = ofYear.flatMap((f) => (f.partOfYear ? [f.partOfYear] : []))
  const part = mostCommonWords(parts)
  const actualPart = part && parts.length * 2 >= ofYear.length ? part : undefined
  const draft: Draft = {
    $schema: './dataset.schema.json',
    draft: {
      sourceFile,
      generatedBy: 'scripts/draft-dataset.ts',
      note: 'Bản nháp: người biên tập kiểm tra từng số liệu, điền các chỗ "TODO" rồi xoá "draft", "todo", "unitText", "at", "why", "partOfYear", "ignoredNumbers", "setAside". / A draft: check every figure, fill each "TODO", then delete "draft", "todo", "unitText", "at", "why", "partOfYear", "ignoredNumbers" and "setAside".',
      todo: [],
    },
    id: slugify(sourceFile.replace(/(?:\.vi)?\.txt$/u, ''), 12) || 'TODO',
    report,
    periods: { actual: actualYear, target: mostCommon(targets), ...(actualPart ? { actualPart } : {}) },
    ...(scorecard ? { scorecard } : {}),
    ...(target ? { targetCount: target } : {}),
    indicators: [...indicators.values()],
    figures: named,
    pairs: [],
    textFacts: [],
    ignoredNumbers,
    ...(setAside.length > 0 ? { setAside } : {}),
  }
  draft.draft.todo = listTodos(draft)
  return draft
}

/** Every "TODO" left in the draft, by path, and every figure's notes. */
export function listTodos(draft: Draft): string[] {
  const todos: string[] = []
  const walk = (value: unknown, path: string) => {
    // A figure's "TODO" unit is listed once, by the note that says why.
    if (typeof value === 'string' && value.startsWith('TODO')) {
      if (!/^figures\.\d+\.unit$/u.test(path)) todos.push(`${path}: ${value}`)
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}.${i}`))
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value))
        if (key !== 'draft' && key !== 'todo') walk(inner, path ? `${path}.${key}` : key)
    }
  }
  walk(draft, '')
  draft.figures.forEach((figure, i) => {
    for (const note of figure.todo ?? []) todos.push(`figures.${i} (${figure.id}): ${note}`)
  })
  if (draft.figures.some((f) => f.role === 'actual') && draft.figures.some((f) => f.role === 'target')) {
    todos.push(
      'pairs: pair each result with the target of the same indicator, and give both the same indicatorId',
    )
  }
  return todos
}
