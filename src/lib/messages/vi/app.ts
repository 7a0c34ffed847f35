export const appMessages = {
  appName: 'Bảng chỉ số',
  loading: 'Đang tải bộ số liệu…',
  retry: 'Thử lại',
  errorTitle: 'Không tải được bộ số liệu',
  errorNetwork: 'Không kết nối được để tải {url}. Kiểm tra mạng rồi thử lại.',
  errorHttp: 'Máy chủ trả lời lỗi {status} khi tải {url}.',
  errorNotJson: 'Tệp {url} không phải JSON hợp lệ.',
  errorNotJsonAt: 'Tệp {url} không phải JSON hợp lệ: lỗi cú pháp ở dòng {line}, cột {column}.',
  errorEmpty: 'Tệp {url} trống, không có số liệu.',
  errorUnknownDataset:
    'Không có bộ số liệu "{id}" trong các bộ có sẵn hay trong trình duyệt này. Bộ mở từ tệp chỉ lưu ở trình duyệt đã mở nó: mở lại tệp qua nút "Bộ số liệu".',
  errorHtml:
    'Tệp {url} là một trang web (HTML), không phải tệp số liệu JSON: địa chỉ có thể sai, hoặc máy chủ đang trả về trang lỗi.',
  errorTimeout: 'Máy chủ không trả lời sau {seconds} giây khi tải {url}. Kiểm tra mạng rồi thử lại.',
  openBundled: 'Mở bộ số liệu có sẵn ({name})',
  errorSchema: { other: 'Tệp {url} có {count} trường không hợp lệ:' },
  errorUnknown: 'Lỗi không xác định: {detail}',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch to English',
  nav: 'Các phần',
  skipToContent: 'Bỏ qua, đến nội dung chính',
  menu: 'Menu',
} as const
