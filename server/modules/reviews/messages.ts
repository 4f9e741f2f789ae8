import { defineMessages } from '../../core/i18n.js';

defineMessages({
  review_rating: { vi: 'Chọn một mức xếp loại', en: 'Choose a rating' },
  review_reason_required: {
    vi: 'Xếp loại khác với mức hệ thống gợi ý: ghi rõ lý do',
    en: 'The rating differs from the suggested one: give the reason',
  },
  review_year_future: { vi: 'Chưa thể xếp loại cho năm chưa đến', en: 'A year still to come cannot be rated' },
  review_decide_forbidden: {
    vi: 'Chỉ lãnh đạo cấp ủy có thẩm quyền mới được quyết định xếp loại (đơn vị do cấp trên xếp loại)',
    en: 'Only the leadership of the competent committee decides the rating (a unit is rated by the one above it)',
  },
  review_basis_no_facts: { vi: 'Chưa có đủ dữ liệu trong năm để gợi ý', en: 'Too few facts in the year to suggest a rating' },
  review_basis_attendance: { vi: 'Dự {present}/{invited} hội nghị được mời ({rate}%)', en: 'Attended {present} of {invited} conferences invited to ({rate}%)' },
  review_basis_missed: { vi: 'Vắng không lý do, không học bù: {n} hội nghị', en: 'Absent without excuse or make-up: {n} conferences' },
  review_basis_late: { vi: 'Đến muộn: {n} lần', en: 'Late: {n} times' },
  review_basis_unserious: { vi: 'Bị ghi nhận học chưa nghiêm túc: {n} lần', en: 'Recorded as not studying seriously: {n} times' },
  review_basis_tasks: { vi: 'Nhiệm vụ được giao: {n}, quá hạn chưa hoàn thành {overdue}, hoàn thành chậm {late}', en: 'Tasks assigned: {n}, {overdue} overdue, {late} done late' },
  review_basis_obligations: { vi: 'Tổ chức học tập, quán triệt: {n} đợt, chậm hoặc chưa tổ chức {late}', en: 'Study obligations: {n}, late or not held {late}' },
  review_basis_participation: { vi: 'Đảng viên tham dự {attended}/{invited} lượt ({rate}%)', en: 'Members attended {attended} of {invited} invitations ({rate}%)' },
  review_basis_reports: { vi: 'Báo cáo định kỳ: {due} kỳ đến hạn, nộp chậm {late}, chưa nộp {missing}', en: 'Periodic reports: {due} due, {late} filed late, {missing} missing' },
  review_basis_findings: { vi: 'Kiểm tra, giám sát đánh giá còn hạn chế, yếu kém: {n} nội dung', en: 'Inspection findings assessed limited or poor: {n}' },
  review_basis_recommendations: { vi: 'Kiến nghị sau kiểm tra quá hạn chưa khắc phục: {n}', en: 'Inspection recommendations past their deadline: {n}' },
  'entity.person_rating': { vi: 'xếp loại đảng viên', en: 'member rating' },
  'entity.org_rating': { vi: 'xếp loại tổ chức đảng', en: 'unit rating' },
});
