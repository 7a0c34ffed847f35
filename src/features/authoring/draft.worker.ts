import { draftDataset, type KnownFacts } from '../../draft/draft-dataset.ts'

/**
 * Drafting a long report takes a while: it runs here, off the page's thread, so the page never freezes, and says
 * how far it has read (each tenth), so the page can show it and offer to stop.
 */
/**
 * A short text of a fictional place in the forms of real reports: drafted once when the worker is started ahead
 * (`prepareDraft`), so the readers' patterns are compiled and warm before the person's text comes. Its draft is
 * thrown away.
 */
const warmUp = [
  'Huyện Mẫu Sơn tổng kết năm 2025',
  'Ngày 20/12/2025, HĐND huyện Mẫu Sơn khóa XX, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 12. Năm 2025, huyện đạt và vượt 18/21 chỉ tiêu chủ yếu.',
  'Tổng giá trị sản xuất (giá so sánh năm 2010) ước đạt 5.120,5 tỷ đồng, tăng 8,2% so với năm 2024, đạt 101,3% kế hoạch. Thu ngân sách trên địa bàn đạt 410 tỷ đồng, vượt 12% dự toán. Sản lượng lương thực đạt 41.326 tấn; diện tích gieo trồng 9.481/9.440 ha. Đón 1,2 triệu lượt khách. Tỷ lệ hộ nghèo còn 1,8%, giảm 0,6%. Có 12/14 xã đạt chuẩn nông thôn mới.',
  'Các chỉ tiêu chủ yếu năm 2026 là: tốc độ tăng giá trị sản xuất từ 8,5% trở lên; thu ngân sách đạt 430 tỷ đồng; thu nhập bình quân đầu người 68 triệu đồng/người/năm; giảm tỷ lệ hộ nghèo 0,5% trở lên.',
].join('\n')

self.onmessage = (
  event: MessageEvent<{ warm?: true; text?: string; sourceFile?: string; known?: KnownFacts }>,
) => {
  if (event.data.warm) {
    draftDataset(warmUp, 'mau-son.vi.txt')
    return
  }
  const { text = '', sourceFile = '', known } = event.data
  let told = 0
  const onProgress = (done: number, total: number) => {
    const tenth = Math.floor((done / Math.max(1, total)) * 10)
    if (tenth > told) {
      told = tenth
      self.postMessage({ progress: tenth / 10 })
    }
  }
  try {
    self.postMessage({
      draft: draftDataset(text, sourceFile, known, onProgress),
    })
  } catch (error) {
    self.postMessage({ error: String(error) })
  }
}
