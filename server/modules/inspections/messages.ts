import { defineMessages } from '../../core/i18n.js';

defineMessages({
  'entity.inspection_plan': { vi: 'kế hoạch kiểm tra, giám sát', en: 'inspection plan' },
  'entity.inspection': { vi: 'cuộc kiểm tra, giám sát', en: 'inspection' },
  'entity.finding': { vi: 'kết quả kiểm tra', en: 'finding' },
  'entity.recommendation': { vi: 'kiến nghị', en: 'recommendation' },
  'entity.inspection_file': { vi: 'tệp minh chứng', en: 'evidence file' },
  not_implemented: { vi: 'Chức năng đang được xây dựng', en: 'Not implemented yet' },
  inspection_body: { vi: 'Cơ quan chỉ nhận: standing_committee (Ban Thường vụ), inspection_commission (Ủy ban Kiểm tra)', en: 'Body must be standing_committee or inspection_commission' },
  inspection_kind: { vi: 'Loại chỉ nhận: kiem_tra (kiểm tra), giam_sat (giám sát)', en: 'Kind must be kiem_tra (inspection) or giam_sat (supervision)' },
  inspection_status: { vi: 'Trạng thái chỉ nhận: planned (theo kế hoạch), in_progress (đang tiến hành), concluded (đã kết luận), closed (đã kết thúc)', en: 'Status must be planned, in_progress, concluded or closed' },
  checklist_item: {
    vi: 'Nội dung kiểm tra chỉ nhận: documents_implementation, leadership_documents, action_programs, models_solutions, target_results, completion_time',
    en: 'Checklist item must be documents_implementation, leadership_documents, action_programs, models_solutions, target_results or completion_time',
  },
  finding_assessment: { vi: 'Đánh giá chỉ nhận: good (tốt), fair (khá), limited (còn hạn chế), poor (yếu kém)', en: 'Assessment must be good, fair, limited or poor' },
  recommendation_status: {
    vi: 'Trạng thái kiến nghị chỉ nhận: open, plan_submitted, plan_returned, plan_accepted, done_reported, done_returned, closed',
    en: 'Recommendation status must be open, plan_submitted, plan_returned, plan_accepted, done_reported, done_returned or closed',
  },
  review_decision: { vi: 'Ý kiến chỉ nhận: accept (chấp nhận), return (trả lại)', en: 'Decision must be accept or return' },
});
