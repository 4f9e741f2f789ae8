/** Vietnamese: date fields, duplicate checks, audit log sentences (issue 7, items 7 and 9). */
export const viWords = {
  'date.invalid': 'Ngày {value} không có thật, hãy nhập lại',
  'date.incomplete': 'Ngày chưa nhập đủ ({format})',

  'people.duplicateTitle': 'Có thể đã có người này',
  'people.duplicateConfirm': 'Vẫn thêm người mới',
} as const;
