/**
 * What a zip file (a .docx) says it holds, read from its central directory without inflating anything: how many
 * entries and how many bytes they unpack to. Null when the bytes end in no zip directory.
 */
export function zipUnpackedSize(bytes: Uint8Array): { entries: number; bytes: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end-of-directory record is at the end, after a comment of at most 65,535 bytes.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff)
  let end = -1
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at
      break
    }
  }
  if (end < 0) return null
  const entries = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  let total = 0
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null
    const unpacked = view.getUint32(at + 24, true)
    // 0xFFFFFFFF: a ZIP64 size, over 4 GB: as large as it can say.
    total += unpacked === 0xffffffff ? Number.MAX_SAFE_INTEGER / 2 : unpacked
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return { entries, bytes: total }
}
