/**
 * Why the draft gave a figure its role and its year: the rule and the words of the text that made it, so the
 * maker can say "vì: …" on each row and a person can see at once whether the words were read right.
 */
export type RoleRule =
  /** A lead clause opened the list it is in ("Các chỉ tiêu chủ yếu năm 2025 là:"). */
  | 'lead'
  /** The heading of its part of the report ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025"). */
  | 'section'
  /** Aim words govern it ("phấn đấu", "mục tiêu", "chỉ tiêu … năm 2025"). */
  | 'aim'
  /** Words of achievement govern it ("ước đạt", "đạt và vượt", "đạt", "tăng"). */
  | 'done'
  /** No words of its own, in a paragraph giving results since it named their year ("Năm 2025, …"). */
  | 'paragraph'
  /** The level a plan set, written beside a result ("(Kế hoạch 9%)", "KH 2023: 18-19%"). */
  | 'plan-level'
  /** A part of a level a plan set ("dự toán giao là 228,7 tỷ đồng; trong đó phần huyện thu 168,7 tỷ đồng"). */
  | 'part-of-plan'
  /** A share of plan ("đạt 103% kế hoạch"): a result measured against the plan. */
  | 'share-of-plan'
  /** No words of its own, in a text of a year's results. */
  | 'results-text'
  /** The text gives targets and no results. */
  | 'plan-text'
  /** Its year comes after the year the report gives results for. */
  | 'later-year'
  /** A plan's horizon ("đến năm 2030", "giai đoạn 2026 - 2030"). */
  | 'deadline'
  /** A result over a span of years ("giai đoạn 2021 - 2025, … bình quân đạt 7,2%/năm"), not one year's. */
  | 'span'
  /** What the place is: area, population, administrative units. */
  | 'profile'
  /** Another place's, bracketed for comparison ("cao hơn bình quân cả nước (6,42%)", "cao hơn Hải Phòng (…)"): not this place's. */
  | 'elsewhere'
  /** A property of a thing named ("dự án … có tổng mức đầu tư 1.150 tỷ đồng"), no result or target. */
  | 'property'
  /** Part of a year with no other words ("Kim ngạch xuất khẩu 9 tháng vượt 2,1 tỷ USD"): a result so far. */
  | 'part-of-year'
  /** The parts of a plan ("8 nhóm nhiệm vụ, giải pháp"), not targets of it. */
  | 'plan-parts'
  /** The announced number of targets. */
  | 'target-count'
  /** After the targets a list announced: a person decides. */
  | 'after-list'
  /** Nothing in the text says. */
  | 'no-words'
  /** The heading of its column in a table ("KH 2024", "ƯTH 2024", "ƯTH/KH (%)"). */
  | 'column'

export type YearRule =
  /** Written in the sentence before it ("Năm 2024, …", "6 tháng đầu năm 2024"), or right after it ("… vào năm 2023"). */
  | 'written'
  /** The year of the lead clause of its list. */
  | 'lead'
  /** The year of the heading of its part of the report. */
  | 'section'
  /** Named earlier in the paragraph. */
  | 'paragraph'
  /** The year the report gives results for, read from the whole text ("tổng kết năm 2024"). */
  | 'results'
  /**
   * The year after the one its text compares with, in a text that names no year of its own results ("… tăng 5,02% so với
   * cùng kỳ năm trước … (cơ cấu tương ứng của 6 tháng đầu năm 2023 …)").
   */
  | 'after-compared'
  /** The year after the one the report gives results for: an aim with no year of its own in a text of results. */
  | 'after-results'
  /** The year the report sets targets for, read from the whole text ("nhiệm vụ năm 2025"). */
  | 'plan'
  /** The date the text was published. */
  | 'published'
  /** The heading of its column in a table ("TH 2023"). */
  | 'column'
  /** The period a change is measured from, its level bracketed after it ("bằng 59% so với cùng kỳ (20.074 tỷ đồng)"). */
  | 'base'
  | 'none'

export type Reason<Rule> = { rule: Rule; words: string }

export type Why = { role: Reason<RoleRule>; year: Reason<YearRule> }

/** Every rule, once: a table the type checker holds to the unions above, for checking stored reasons. */
const roleRuleTable = {
  lead: true,
  section: true,
  aim: true,
  done: true,
  paragraph: true,
  'plan-level': true,
  'share-of-plan': true,
  'results-text': true,
  'plan-text': true,
  'later-year': true,
  deadline: true,
  span: true,
  profile: true,
  property: true,
  elsewhere: true,
  'part-of-year': true,
  'plan-parts': true,
  'part-of-plan': true,
  'target-count': true,
  'after-list': true,
  'no-words': true,
  column: true,
} as const satisfies Record<RoleRule, true>
const yearRuleTable = {
  written: true,
  lead: true,
  section: true,
  paragraph: true,
  results: true,
  'after-compared': true,
  'after-results': true,
  plan: true,
  published: true,
  base: true,
  column: true,
  none: true,
} as const satisfies Record<YearRule, true>

export const roleRules = Object.keys(roleRuleTable) as [RoleRule, ...RoleRule[]]
export const yearRules = Object.keys(yearRuleTable) as [YearRule, ...YearRule[]]
