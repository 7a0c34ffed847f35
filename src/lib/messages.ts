import type { Language } from './language.ts'

/** Every fixed text of the interface, Vietnamese first. Data texts come from the dataset. */
const vi = {
  appName: 'Bảng chỉ số',
  loading: 'Đang tải bộ số liệu…',
  retry: 'Thử lại',
  errorTitle: 'Không tải được bộ số liệu',
  errorNetwork: 'Không kết nối được để tải {url}. Kiểm tra mạng rồi thử lại.',
  errorHttp: 'Máy chủ trả lời lỗi {status} khi tải {url}.',
  errorNotJson: 'Tệp {url} không phải JSON hợp lệ: {detail}',
  errorSchema: 'Tệp {url} có {count} trường không hợp lệ:',
  errorUnknown: 'Lỗi không xác định: {detail}',
  figures: 'Các số liệu',
  source: 'Nguồn',
  published: 'Đăng lúc',
  meeting: 'Buổi làm việc',
  author: 'Tác giả',
  language: 'Ngôn ngữ',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch to English',
} as const

export type MessageKey = keyof typeof vi

const en: Record<MessageKey, string> = {
  appName: 'Bảng chỉ số (Indicator board)',
  loading: 'Loading the dataset…',
  retry: 'Retry',
  errorTitle: 'The dataset could not be loaded',
  errorNetwork: 'Could not connect to load {url}. Check the network and retry.',
  errorHttp: 'The server answered {status} for {url}.',
  errorNotJson: '{url} is not valid JSON: {detail}',
  errorSchema: '{url} has {count} invalid fields:',
  errorUnknown: 'Unexpected error: {detail}',
  figures: 'Figures',
  source: 'Source',
  published: 'Published',
  meeting: 'Meeting',
  author: 'Author',
  language: 'Language',
  switchLanguage: 'Tiếng Việt',
  switchLanguageLabel: 'Chuyển sang tiếng Việt',
}

const messages: Record<Language, Record<MessageKey, string>> = { vi, en }

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

export function translator(language: Language): Translate {
  return (key, params) =>
    messages[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params?.[name] ?? whole))
}
