import { describe, expect, it } from 'vitest'
import { translator } from '../../lib/messages.ts'
import { ExportError } from './export-error.ts'
import { type ExportState, exportStatus } from './export-status.ts'

const file = (name: string) => ({ name, blob: new Blob([]), type: 'image/png' })
const idle: ExportState = { isPending: false, progress: null, result: undefined, error: null }
const image = { width: 2400, height: 1600, ms: 512 }

describe('exportStatus', () => {
  it.each([
    ['nothing yet', idle, '', ''],
    ['working', { ...idle, isPending: true }, 'Đang xuất…', 'Exporting…'],
    [
      'drawing the deck',
      { ...idle, isPending: true, progress: { phase: 'drawing', slide: 3, count: 14 } },
      'Đang dựng slide 3/14…',
      'Rendering slide 3/14…',
    ],
    [
      'writing the deck',
      { ...idle, isPending: true, progress: { phase: 'writing', slide: 120, count: 126 } },
      'Đang ghi slide 120/126…',
      'Writing slide 120/126…',
    ],
    [
      'a cancelled export',
      { ...idle, error: new ExportError('cancelled') },
      'Đã huỷ xuất.',
      'Export cancelled.',
    ],
    [
      'a picture saved',
      { ...idle, result: { files: [file('a_2x.png')], delivered: 'saved', image } },
      'Đã tải a_2x.png (2400×1600 điểm ảnh, 512 ms).',
      'Downloaded a_2x.png (2400×1600 pixels, 512 ms).',
    ],
    [
      'numbers saved',
      { ...idle, result: { files: [file('a.csv')], delivered: 'saved' } },
      'Đã tải a.csv.',
      'Downloaded a.csv.',
    ],
    [
      'a known failure',
      { ...idle, error: new ExportError('draw-timeout') },
      'Không xuất được: hình chưa vẽ xong sau 5 giây, hãy thử lại',
      'Export failed: the picture was not drawn within 5 seconds; please try again',
    ],
    [
      'a failure from the browser',
      { ...idle, error: new Error('Quota exceeded') },
      'Không xuất được: trình duyệt báo “Quota exceeded”; hãy thử lại, hoặc chọn khổ ảnh khác',
      'Export failed: the browser said “Quota exceeded”; try again, or choose another size',
    ],
  ] satisfies [string, ExportState, string, string][])('says %s in either language', (_, state, vi, en) => {
    expect(exportStatus(state, translator('vi'))).toBe(vi)
    expect(exportStatus(state, translator('en'))).toBe(en)
  })

  it('tells whether the picture went to the clipboard or was downloaded instead', () => {
    const t = translator('vi')
    const copied: ExportState = { ...idle, result: { files: [file('a.png')], delivered: 'copied', image } }
    expect(exportStatus(copied, t)).toMatch(/^Đã sao chép ảnh 2400×1600/)
    const refused: ExportState = {
      ...idle,
      result: { files: [file('a.png')], delivered: 'copy-refused', image },
    }
    expect(exportStatus(refused, t)).toBe(
      'Trình duyệt không cho sao chép ảnh; đã tải tệp a.png xuống thay thế.',
    )
  })
})
