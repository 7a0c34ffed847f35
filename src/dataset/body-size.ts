import { formatNumber } from '../lib/format.ts'
import type { Problem } from './verify.ts'

/** The bundled dataset is under 20 kB; anything past 2 MB is a wrong file or an attack on the page. */
export const maxBodyBytes = 2 * 1024 * 1024

const megabytes = (bytes: number) => bytes / (1024 * 1024)

/**
 * A problem when a response body is too large to parse, so a huge file is refused before
 * JSON.parse and the schema spend memory and time on it.
 */
export function checkBodySize(text: string): Problem | null {
  // UTF-8 takes at most three bytes per UTF-16 code unit: ordinary files skip the encoding.
  if (text.length * 3 <= maxBodyBytes) return null
  const bytes = new TextEncoder().encode(text).byteLength
  if (bytes <= maxBodyBytes) return null
  const size = megabytes(bytes)
  const limit = megabytes(maxBodyBytes)
  return {
    path: '(tệp / file)',
    vi: `Tệp quá lớn: ${formatNumber(size, 'vi', 1)} MB (tối đa ${formatNumber(limit, 'vi')} MB)`,
    en: `File too large: ${formatNumber(size, 'en', 1)} MB (at most ${formatNumber(limit, 'en')} MB)`,
  }
}
