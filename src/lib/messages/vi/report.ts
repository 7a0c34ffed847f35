/** Labels of the report's own details, and of the figures made from them, where the source view and exports name them. */
export const reportMessages = {
  source: 'Nguồn',
  enteredByPerson: 'theo người nhập',
  titleEntered: 'do người làm bộ số liệu đặt, không trích từ bài',
  published: 'Đăng lúc',
  publishedDay: 'Ngày đăng',
  meeting: 'Buổi làm việc',
  author: 'Tác giả',
  quoteTitle: 'Tiêu đề',
  quoteMeetingDate: 'Ngày làm việc',
  quotePublisher: 'Nơi đăng',
  quotePublished: 'Ngày đăng',
  quoteMainIndicators: 'Chỉ tiêu chủ yếu',
  quoteScorecard: 'Kết quả chỉ tiêu chủ yếu',
  figureScorecardAchieved: 'Số chỉ tiêu chủ yếu đạt và vượt',
  figureScorecardTotal: 'Số chỉ tiêu chủ yếu',
} as const
