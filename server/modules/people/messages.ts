import { defineMessages } from '../../core/i18n.js';

defineMessages({
  'entity.position': { vi: 'chức vụ', en: 'position' },
  'entity.mass_org_membership': { vi: 'tư cách hội viên', en: 'membership' },
  name_length: { vi: 'Họ và tên cần từ 2 đến 200 ký tự', en: 'The full name needs 2 to 200 characters' },
  phone_invalid: { vi: 'Số điện thoại không hợp lệ', en: 'Invalid phone number' },
  email_invalid: { vi: 'Địa chỉ email không hợp lệ', en: 'Invalid email address' },
  date_in_future: { vi: 'Ngày không được sau ngày hôm nay', en: 'The date cannot be later than today' },
  joined_before_birth: { vi: 'Ngày vào Đảng phải sau ngày sinh', en: 'The joining date must be after the birth date' },
  probationary_no_official: { vi: 'Đảng viên dự bị chưa có ngày chính thức', en: 'A probationary member has no official date' },
  position_held: { vi: 'Người này đang giữ chức vụ này tại đơn vị', en: 'This person already holds this position in the unit' },
  position_ended: { vi: 'Chức vụ này đã kết thúc', en: 'This position has already ended' },
  ended_before_started: { vi: 'Ngày kết thúc không được trước ngày bắt đầu', en: 'The end date cannot be before the start date' },
  mass_org_member_exists: { vi: 'Người này đã là hội viên của đoàn thể này', en: 'This person is already a member of this organization' },
  import_missing_column: { vi: 'Thiếu cột bắt buộc', en: 'Required column is missing' },
  import_empty: { vi: 'Tệp không có dòng dữ liệu nào', en: 'The file has no data rows' },
  import_too_many_rows: { vi: 'Tệp có quá nhiều dòng (tối đa {max})', en: 'The file has too many rows (max {max})' },
  import_bad_date: { vi: 'Ngày "{value}" không hợp lệ (dd/mm/yyyy)', en: 'Invalid date "{value}" (dd/mm/yyyy)' },
  import_bad_value: { vi: 'Giá trị "{value}" không hợp lệ; dùng: {allowed}', en: 'Invalid value "{value}"; use: {allowed}' },
  import_unit_required: { vi: 'Chưa ghi đơn vị và chưa chọn đơn vị mặc định', en: 'No unit given and no default unit chosen' },
  import_unit_unknown: { vi: 'Không có đơn vị "{value}" đang hoạt động trong phạm vi bạn được quản lý', en: 'No active unit "{value}" within your scope' },
  import_unit_ambiguous: { vi: 'Có nhiều đơn vị tên "{value}"; hãy ghi mã đơn vị', en: 'Several units are named "{value}"; write the unit id' },
  possible_duplicate: {
    vi: 'Đã có {name}, sinh ngày {birthDate}, ở {unit}. Nếu đây là một người khác, hãy xác nhận để vẫn thêm mới.',
    en: '{name}, born {birthDate}, is already recorded at {unit}. If this is someone else, confirm to add them anyway.',
  },
  import_card_duplicate: { vi: 'Số thẻ trùng với dòng {row} trong tệp', en: 'Card number repeats row {row} of the file' },
});
