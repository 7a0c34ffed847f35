export const datasetsMessages = {
  datasetsButton: 'Bộ số liệu',
  datasetsLabel: 'Mở bộ số liệu khác: có sẵn, hoặc từ tệp của bạn',
  datasetsTitle: 'Bộ số liệu',
  datasetsBundled: 'Có sẵn',
  datasetsOpened: 'Đã mở trong trình duyệt này',
  datasetsNoneOpened: 'Chưa mở bộ số liệu nào từ tệp.',
  datasetsCurrent: 'đang xem',
  openDataset: 'Mở',
  removeDataset: 'Xoá khỏi trình duyệt',
  chooseFiles: 'Chọn tệp…',
  dropHint:
    'Kéo thả tệp bộ số liệu (.json, theo JSON Schema đã công bố) vào đây, kèm văn bản báo cáo (.txt) nếu có để kiểm tra trích dẫn; hoặc',
  noJsonFile: 'Không có tệp .json trong các tệp đã chọn.',
  noSourceText: 'Mở không kèm văn bản báo cáo: chưa kiểm được trích dẫn.',
  openedNotKeptFull:
    'Trình duyệt không cho lưu thêm: {titles} chỉ mở trong thẻ này, tải lại trang thì phải mở lại tệp.',
  openedNotKept:
    'Trình duyệt không cho trang này lưu gì (chế độ riêng tư hoặc đã tắt lưu trữ): {titles} chỉ mở trong thẻ này, tải lại trang thì phải mở lại tệp.',
  storageUsed: 'Trình duyệt đang giữ {used} của trang này; còn có thể lưu thêm khoảng {left}.',
  storagePersisted: 'Trình duyệt đã hứa không tự xoá những gì trang này lưu.',
  storageNotPersisted:
    'Trình duyệt có thể tự xoá những gì trang này lưu khi máy thiếu chỗ: hãy tải tệp .json để giữ.',
  datasetOpened: 'Đã mở "{title}".',
  sourceUnavailable: 'Không có văn bản báo cáo đi kèm bộ số liệu này.',
  createFromText: 'Tạo từ văn bản báo cáo',
  continueDraft: 'Tiếp tục bản nháp đang làm dở',
  removeConfirm: 'Xoá "{title}" khỏi trình duyệt này?',
  removeYes: 'Xoá',
  replaceQuestion: 'Trình duyệt đã có {titles} với cùng mã. Thay thế bằng tệp vừa mở?',
  replaceYes: 'Thay thế',
  removeNo: 'Giữ lại',
  openedSeveral: 'Đã mở {opened}.',
  leftOut: 'Không mở {file}: {reason}',
  createHint:
    'Có báo cáo nhưng chưa có tệp số liệu? Dán văn bản hoặc mở tệp (.txt, .docx, .html) rồi xem lại các số liệu tìm thấy.',
  oneFileDownload: 'Tải trang bảng chỉ số (.html)',
  oneFileWriting: 'Đang viết trang…',
  oneFileDone:
    'Đã tải {file} ({size}): một tệp mở bằng trình duyệt, không cần mạng, có bảng chỉ số, bộ slide, văn bản báo cáo và các nút xuất. Gửi cho đồng nghiệp hoặc chép vào USB.',
  oneFileLocal:
    'Trang này đang mở từ một tệp: chỉ ứng dụng chạy trên máy chủ mới viết được trang một tệp cho bộ số liệu khác.',
  oneFileOffline:
    'Không tải được mẫu trang hoặc bộ số liệu: máy đang không có mạng? Lần đầu cần mạng, những lần sau thì không.',
  oneFileMissing: 'Máy chủ không có mẫu trang một tệp (one-file.html): bản cài đặt này chưa được dựng đủ.',
  oneFileRender: 'Không vẽ được trang của bộ số liệu này.',
} as const
