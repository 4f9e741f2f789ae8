/** Accessibility: text size, names of regions and fields that have no visible label. */
export const viAccess = {
  'access.display': 'Hiển thị',
  'access.largeText': 'Chữ lớn hơn',
  'access.largeTextHint': 'Phóng to chữ trên mọi trang, chỉ trên thiết bị này.',
  'access.table': 'Bảng dữ liệu, cuộn ngang để xem thêm cột',
} as const;
