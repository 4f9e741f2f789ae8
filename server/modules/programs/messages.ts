import { defineMessages } from '../../core/i18n.js';

defineMessages({
  'entity.program': { vi: 'chương trình hành động', en: 'action program' },
  'entity.target': { vi: 'chỉ tiêu', en: 'target' },
  'entity.task': { vi: 'nhiệm vụ', en: 'task' },
  'entity.evidence': { vi: 'tệp minh chứng', en: 'evidence file' },
  'table.program_targets': { vi: 'chỉ tiêu của đơn vị cấp dưới', en: 'targets of units below' },
  'table.programs': { vi: 'chương trình của đơn vị cấp dưới', en: 'programs of units below' },
  program_period: { vi: 'Thời gian kết thúc phải từ thời gian bắt đầu trở đi', en: 'The period must end on or after its start' },
  program_closed: {
    vi: 'Chương trình đã kết thúc: chỉ xem được (mở lại chương trình nếu cần sửa)',
    en: 'The program is closed: it is read-only (reopen it to make changes)',
  },
  program_own_unit: {
    vi: 'Chỉ văn phòng, lãnh đạo của chính đơn vị mới sửa chương trình, báo cáo số liệu của đơn vị đó',
    en: 'Only the office or leadership of the unit itself edits its program and reports its values',
  },
  cascade_not_below: { vi: 'Đơn vị xây dựng chương trình phải là đơn vị cấp dưới của đơn vị ban hành chương trình gốc', en: 'The unit must be below the unit of the parent program' },
  documents_not_visible: { vi: 'Không tìm thấy văn bản: {ids}', en: 'Documents not found: {ids}' },
  target_kind: { vi: 'Loại chỉ tiêu chỉ nhận: number (số), percentage (tỷ lệ %), boolean (có/không), units_meeting (số đơn vị đạt)', en: 'Kind must be number, percentage, boolean or units_meeting' },
  target_aggregation: { vi: 'Cách tổng hợp chỉ nhận: sum (cộng), avg (bình quân), count_meeting (đếm đơn vị đạt)', en: 'Aggregation must be sum, avg or count_meeting' },
  target_aggregation_kind: {
    vi: 'Cách tổng hợp không hợp với loại chỉ tiêu: số đơn vị đạt chỉ tổng hợp bằng đếm đơn vị đạt; tỷ lệ chỉ tính bình quân; có/không không tổng hợp được',
    en: 'The aggregation does not fit the kind: units meeting counts units; a percentage averages; yes/no cannot aggregate',
  },
  target_value_type: { vi: 'Cần một số, hoặc true/false với chỉ tiêu có/không', en: 'Expected a number, or true/false for a yes/no target' },
  target_value_number: { vi: 'Chỉ tiêu dạng số: cần một số, không phải đúng/sai', en: 'A number target needs a number, not true/false' },
  target_value_percentage: { vi: 'Tỷ lệ phần trăm phải là số từ 0 đến 100', en: 'A percentage must be a number from 0 to 100' },
  target_value_boolean: { vi: 'Chỉ tiêu có/không: cần true (đạt) hoặc false (chưa đạt)', en: 'A yes/no target needs true or false' },
  target_value_count: { vi: 'Số đơn vị đạt phải là số nguyên không âm', en: 'A count of units must be a whole number, not negative' },
  target_rolled_up: {
    vi: 'Chỉ tiêu này được tổng hợp tự động từ các đơn vị cấp dưới, không nhập số liệu trực tiếp',
    en: 'This target is rolled up from the units below; values are not entered directly',
  },
  target_kind_locked: {
    vi: 'Chỉ tiêu đã có số liệu báo cáo: không đổi loại chỉ tiêu được (tạo chỉ tiêu mới nếu cần)',
    en: 'The target already has reported values: its kind cannot change (create a new target instead)',
  },
  milestones_boolean: { vi: 'Chỉ tiêu có/không không đặt mốc theo năm', en: 'A yes/no target has no yearly milestones' },
  milestones_duplicate: { vi: 'Mốc của năm {year} bị lặp', en: 'The milestone of {year} is listed twice' },
  value_in_future: { vi: 'Ngày số liệu không được sau hôm nay', en: 'The as-of date cannot be in the future' },
  contribution_state: {
    vi: 'Tình trạng chỉ nhận: met (đạt), not_met (chưa đạt), not_reported (chưa báo cáo)', en: 'State must be met, not_met or not_reported',
  },
  task_status: { vi: 'Trạng thái chỉ nhận: not_started (chưa thực hiện), in_progress (đang thực hiện), done (hoàn thành)', en: 'Status must be not_started, in_progress or done' },
  task_unit_outside: { vi: 'Đơn vị chủ trì phải là đơn vị có chương trình hoặc đơn vị cấp dưới của nó', en: 'The responsible unit must be the program unit or a unit below it' },
  task_units_outside: { vi: 'Đơn vị phối hợp không thuộc phạm vi: {ids}', en: 'Co-operating units out of scope: {ids}' },
  task_person_outside: { vi: 'Người phụ trách phải thuộc đơn vị chủ trì hoặc đơn vị cấp dưới của nó', en: 'The responsible person must belong to the responsible unit or below it' },
  task_owner_only: {
    vi: 'Chỉ đơn vị giao nhiệm vụ mới sửa nội dung, hạn, đơn vị chủ trì; đơn vị được giao cập nhật trạng thái và tiến độ',
    en: 'Only the assigning unit edits the task itself; the responsible unit updates its status and progress',
  },
});
