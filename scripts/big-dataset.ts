// A large, fictional dataset for measuring and testing at a province's scale: Hòa Lâm, a province that does
// not exist, with 100 indicators and 300 figures, and the report text its quotes come from. Generated, so
// the numbers mean nothing; verified like the real datasets (src/dataset/big-dataset.test.ts).
import { type Dataset, datasetSchema, type Field } from '../src/dataset/schema.ts'

const subjects = [
  ['Tỷ lệ hộ dùng nước sạch', 'Households with clean water', 'percent'],
  ['Tỷ lệ trường đạt chuẩn quốc gia', 'Schools meeting the national standard', 'percent'],
  ['Tỷ lệ người dân tham gia bảo hiểm y tế', 'Residents with health insurance', 'percent'],
  ['Tỷ lệ che phủ rừng', 'Forest cover', 'percent'],
  ['Tỷ lệ chất thải rắn được thu gom', 'Solid waste collected', 'percent'],
  ['Tỷ lệ lao động qua đào tạo', 'Trained workers', 'percent'],
  ['Tỷ lệ hộ nghèo', 'Poor households', 'percent'],
  ['Tỷ lệ trẻ em suy dinh dưỡng', 'Malnourished children', 'percent'],
  ['Tỷ lệ xã đạt chuẩn nông thôn mới', 'Communes meeting the new-rural standard', 'percent'],
  ['Tỷ lệ đường giao thông được cứng hóa', 'Paved roads', 'percent'],
  ['Tỷ lệ hộ gia đình văn hóa', 'Cultured households', 'percent'],
  ['Tỷ lệ thôn có nhà văn hóa', 'Villages with a cultural house', 'percent'],
  ['Tỷ lệ dân số được quản lý hồ sơ sức khỏe', 'Residents with a health record', 'percent'],
  ['Số doanh nghiệp thành lập mới', 'New enterprises', 'enterprise'],
  ['Số việc làm mới', 'New jobs', 'worker'],
  ['Số hộ được hỗ trợ nhà ở', 'Households given housing support', 'household'],
  ['Số dự án được cấp phép', 'Projects licensed', 'project'],
  ['Số trường được xây mới', 'Schools built', 'school'],
  ['Tỷ lệ giải ngân vốn đầu tư công', 'Public investment disbursed', 'percent'],
  ['Tỷ lệ hồ sơ giải quyết đúng hạn', 'Applications settled on time', 'percent'],
  ['Tỷ lệ tiêm chủng đầy đủ', 'Fully vaccinated children', 'percent'],
  ['Tỷ lệ tội phạm được điều tra làm rõ', 'Crimes solved', 'percent'],
  ['Tỷ lệ tuyển quân đạt kế hoạch', 'Conscription against plan', 'percent'],
  ['Tỷ lệ hộ dùng điện lưới', 'Households on the grid', 'percent'],
  ['Tỷ lệ cơ sở y tế đạt chuẩn', 'Health stations meeting the standard', 'percent'],
] as const
const areas = [
  ['khu vực thành thị', 'urban areas'],
  ['khu vực nông thôn', 'rural areas'],
  ['vùng miền núi', 'mountain areas'],
  ['vùng ven biển', 'coastal areas'],
] as const
const fields: Field[] = ['economy-budget', 'urban-environment', 'society', 'defence']
const lowerIsBetter = new Set(['Tỷ lệ hộ nghèo', 'Tỷ lệ trẻ em suy dinh dưỡng'])
const countWords: Record<string, string> = {
  enterprise: 'doanh nghiệp',
  worker: 'lao động',
  household: 'hộ',
  project: 'dự án',
  school: 'trường',
}

const vn = (value: number) =>
  new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1, useGrouping: true }).format(value)

/**
 * The dataset and the report text it quotes. `count` indicators (100 by default), three figures each; the first
 * `pairCount` (20 by default) paired as actual against target, each a chart and a slide of its own.
 */
export function bigDataset(count = 100, pairCount = 20): { dataset: Dataset; sourceText: string } {
  const indicators: unknown[] = []
  const figures: unknown[] = []
  const results: string[] = []
  const targets: string[] = []
  for (let i = 0; i < count; i += 1) {
    const [subjectVi, subjectEn, unit] = subjects[i % subjects.length]!
    const [areaVi, areaEn] = areas[Math.floor(i / subjects.length) % areas.length]!
    const round = Math.floor(i / (subjects.length * areas.length))
    const suffix = round > 0 ? ` (đợt ${round + 1})` : ''
    const id = `chi-tieu-${i + 1}`
    const nameVi = `${subjectVi} ${areaVi}${suffix}`
    const isLower = lowerIsBetter.has(subjectVi)
    indicators.push({
      id,
      name: { vi: nameVi, en: `${subjectEn}, ${areaEn}${round > 0 ? ` (round ${round + 1})` : ''}` },
      field: fields[i % fields.length]!,
      better: isLower ? 'lower' : 'higher',
    })
    const isPercent = unit === 'percent'
    const actual = isPercent ? (isLower ? 3 + (i % 7) * 0.5 : 60 + ((i * 7) % 35) + 0.5) : 40 + i * 13
    const target = isPercent ? (isLower ? actual - 0.5 : Math.min(99, actual + 2)) : actual + 10 + (i % 5)
    const words = isPercent ? '%' : ` ${countWords[unit] ?? ''}`
    const actualText = `${vn(actual)}${words}`
    const targetText = `${vn(target)}${words}`
    const change = 1 + (i % 9)
    const changeText = `${vn(change)}%`
    const resultQuote = `${nameVi} năm 2024 đạt ${actualText}, tăng ${changeText} so với năm 2023.`
    const targetWords = isLower ? `dưới ${targetText}` : `từ ${targetText} trở lên`
    const targetQuote = `${nameVi} năm 2025 ${isLower ? 'giảm còn' : 'đạt'} ${targetWords}.`
    results.push(resultQuote)
    targets.push(targetQuote)
    const label = (vi: string, en: string) => ({ vi, en })
    figures.push(
      {
        id: `${id}-2024`,
        role: 'actual',
        indicatorId: id,
        label: label(`${nameVi} năm 2024`, `${subjectEn} 2024`),
        unit,
        comparator: 'exact',
        value: actual,
        period: { year: 2024 },
        quote: resultQuote,
        valueText: actualText,
      },
      {
        id: `${id}-2024-change`,
        role: 'actual',
        indicatorId: id,
        label: label('Tăng so với năm 2023', 'Up on 2023'),
        unit: 'percent',
        comparator: 'exact',
        value: change,
        period: { year: 2024 },
        quote: resultQuote,
        valueText: changeText,
        changeFrom: { year: 2023 },
      },
      {
        id: `${id}-2025`,
        role: 'target',
        indicatorId: id,
        label: label(`${nameVi} năm 2025`, `${subjectEn} 2025`),
        unit,
        comparator: isLower ? 'under' : 'atLeast',
        value: target,
        period: { year: 2025 },
        quote: targetQuote,
        valueText: targetWords,
      },
    )
  }
  const title = 'Tỉnh Hòa Lâm tổng kết năm 2024, triển khai nhiệm vụ năm 2025'
  const published = '08:15, Thứ Hai, 13-1-2025'
  const sourceText = [
    title,
    published,
    'Năm 2024, tỉnh Hòa Lâm có kết quả như sau.',
    ...results,
    'Nhiệm vụ năm 2025, tỉnh phấn đấu đạt các chỉ tiêu sau.',
    ...targets,
    'Cổng Thông tin điện tử tỉnh Hòa Lâm',
    '',
  ].join('\n')
  const dataset = datasetSchema.parse({
    id: 'hoa-lam-100',
    report: {
      title: { vi: title, en: 'Hoa Lam province reviews 2024 and sets its 2025 tasks' },
      titleQuote: title,
      place: {
        name: { vi: 'Hòa Lâm', en: 'Hoa Lam' },
        kind: { vi: 'tỉnh', en: 'province' },
        province: { vi: 'Hòa Lâm', en: 'Hoa Lam' },
      },
      publisher: {
        name: { vi: 'Cổng Thông tin điện tử tỉnh Hòa Lâm', en: 'Hoa Lam Provincial E-Portal' },
        quote: 'Cổng Thông tin điện tử tỉnh Hòa Lâm',
      },
      publishedAt: '2025-01-13T08:15:00+07:00',
      publishedQuote: published,
      language: 'vi',
      sourceFile: 'hoa-lam-100.vi.txt',
    },
    periods: { actual: 2024, target: 2025 },
    indicators,
    figures,
    pairs: Array.from({ length: Math.min(pairCount, count) }, (_, i) => ({
      actualId: `chi-tieu-${i + 1}-2024`,
      targetId: `chi-tieu-${i + 1}-2025`,
    })),
    textFacts: [],
  })
  return { dataset, sourceText }
}
