import { defineMessages } from '../../core/i18n.js';

defineMessages({
  'entity.report_period': { vi: 'kỳ báo cáo', en: 'reporting period' },
  report_frequency: {
    vi: 'Kỳ báo cáo chỉ nhận: monthly (hằng tháng), quarterly (hằng quý), half_year (6 tháng), yearly (hằng năm)',
    en: 'Frequency must be monthly, quarterly, half_year or yearly',
  },
  report_board_status: {
    vi: 'Tình trạng chỉ nhận: late (chậm, chưa nộp), not_due (chưa đến hạn), late_filed (nộp muộn), on_time (đúng hạn)',
    en: 'Status must be late, not_due, late_filed or on_time',
  },
  reporting_inherited: {
    vi: 'Chương trình xây dựng từ chương trình cấp trên báo cáo theo kỳ của cấp trên; kỳ báo cáo do chương trình gốc đặt',
    en: 'A program built from a parent program reports on the parent\'s periods; the top program sets them',
  },
  report_own_unit: {
    vi: 'Chỉ văn phòng, lãnh đạo của chính đơn vị mới lập và nộp báo cáo của đơn vị đó',
    en: 'Only the office or leadership of the unit itself files its report',
  },
  report_target_not_own: {
    vi: 'Chỉ tiêu này không do đơn vị tự báo cáo trong chương trình (chỉ tiêu tổng hợp hoặc của đơn vị khác)',
    en: 'This target is not one the unit reports itself in this program (a roll-up, or another unit\'s)',
  },
  report_target_twice: { vi: 'Chỉ tiêu bị nhập hai lần trong báo cáo', en: 'The target is listed twice in the report' },
  report_task_not_own: { vi: 'Nhiệm vụ này không do đơn vị chủ trì', en: 'The unit is not responsible for this task' },
  report_task_twice: { vi: 'Nhiệm vụ bị nhập hai lần trong báo cáo', en: 'The task is listed twice in the report' },
  report_as_of_period: { vi: 'Ngày số liệu phải trong kỳ báo cáo ({from} – {to})', en: 'The as-of date must fall in the period ({from} – {to})' },
  report_already_submitted: {
    vi: 'Báo cáo đã nộp: muốn sửa, hãy nộp lại báo cáo (bản nộp lại thay số liệu của kỳ, lịch sử được lưu)',
    en: 'The report was submitted: to correct it, submit it again (the new submission replaces the period\'s values; history is kept)',
  },
  report_task_status_note: { vi: 'Cập nhật trong báo cáo {period}', en: 'Updated in the report for {period}' },
  report_remind_own_unit: {
    vi: 'Chỉ văn phòng, lãnh đạo của đơn vị ban hành chương trình (hoặc lãnh đạo cấp trên) mới nhắc báo cáo',
    en: 'Only the office or leadership of the program\'s unit (or a leader above) sends reminders',
  },
  report_remind_not_late: { vi: 'Các đơn vị không chậm báo cáo kỳ này (hoặc ngoài phạm vi): {ids}', en: 'Units not late for this period (or out of scope): {ids}' },
  report_reminder_default: {
    vi: 'Đề nghị đơn vị khẩn trương nộp báo cáo {period} kết quả thực hiện "{title}".',
    en: 'Please file your report for {period} on "{title}" without delay.',
  },
});
