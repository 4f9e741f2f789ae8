/** Vietnamese: the "Xuất Excel" button of every table (issue 9, item 3). */
export const viExports = {
  'export.xlsx': 'Xuất Excel',
  'export.xlsxHint': 'Tải về bảng này với bộ lọc đang chọn (tất cả các trang)',
  'export.done': 'Đã tải tệp {name}',
  'audit.action.export': 'Xuất Excel',
  'audit.verb.export': 'đã xuất Excel',
} as const;
