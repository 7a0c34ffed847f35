import { describe, expect, it } from 'vitest'
import { DatasetLoadError } from '../../dataset/load-error.ts'
import { parseJsonText } from '../../dataset/parse-json-text.ts'
import { datasetSchema } from '../../dataset/schema.ts'
import { translator } from '../../lib/messages.ts'
import { openStatus, replacement } from './open-status.ts'

const t = translator('vi')
const opened = (title: string, hasSource = true) => ({ id: title, title, hasSource })

describe('openStatus', () => {
  it('names what opened, whether its report text came with it, and what was left out and why', () => {
    expect(openStatus({ opened: [opened('Huyện Mẫu')], failed: [], existing: [] }, 'vi', t)).toBe(
      'Đã mở "Huyện Mẫu".',
    )
    expect(openStatus({ opened: [opened('Huyện Mẫu', false)], failed: [], existing: [] }, 'vi', t)).toBe(
      'Đã mở "Huyện Mẫu". Mở không kèm văn bản báo cáo: chưa kiểm được trích dẫn.',
    )
    const broken = new DatasetLoadError({
      kind: 'schema',
      url: 'hong.json',
      problems: [
        { path: 'id', vi: 'thiếu', en: 'missing' },
        { path: 'figures', vi: 'thiếu', en: 'missing' },
      ],
    })
    expect(
      openStatus(
        {
          opened: [opened('A'), opened('B')],
          failed: [{ fileName: 'hong.json', error: broken }],
          existing: [],
        },
        'vi',
        t,
      ),
    ).toBe('Đã mở "A", "B". Không mở hong.json: id: thiếu (+1)')
  })

  it('says where a file is not JSON in the reader’s words, never the browser’s English', () => {
    let error: Error | undefined
    try {
      parseJsonText('{"id": "a" "b"}', datasetSchema, 'hong.json')
    } catch (thrown) {
      error = thrown as Error
    }
    const line = openStatus(
      { opened: [], failed: [{ fileName: 'hong.json', error: error! }], existing: [] },
      'vi',
      t,
    )
    expect(line).toBe(
      'Không mở hong.json: Tệp hong.json không phải JSON hợp lệ: lỗi cú pháp ở dòng 1, cột 12.',
    )
    const stray = new DatasetLoadError({ kind: 'html', url: 'trang.json' })
    expect(
      openStatus({ opened: [], failed: [{ fileName: 'trang.json', error: stray }], existing: [] }, 'vi', t),
    ).not.toMatch(/html|Expected|position/u)
  })

  it('asks to replace only the kept datasets, opening their files again with the report texts', () => {
    const files = ['a.json', 'b.json', 'a.txt'].map((name) => new File(['{}'], name))
    const outcome = {
      opened: [opened('B')],
      failed: [],
      existing: [{ fileName: 'a.json', id: 'a', title: 'A' }],
    }
    const asked = replacement(outcome, files)
    expect(asked?.titles).toBe('"A"')
    expect(asked?.files.map((file) => file.name)).toEqual(['a.json', 'a.txt'])
    expect(replacement({ ...outcome, existing: [] }, files)).toBeNull()
  })
})
