import { defineMessages } from '../../core/i18n.js';

defineMessages({
  'entity.evaluation': { vi: 'nhận xét, đánh giá', en: 'evaluation' },
  evaluation_target: { vi: 'Chọn đúng một đối tượng: đơn vị (orgId) hoặc cá nhân (personId)', en: 'Choose exactly one target: a unit (orgId) or a person (personId)' },
  evaluation_flag: { vi: 'Nhận xét không hợp lệ: chỉ nhận late (đến muộn), incomplete_composition (thiếu thành phần), unserious (thiếu nghiêm túc)', en: 'Invalid flag: only late, incomplete_composition or unserious' },
  evaluation_flag_unit_only: { vi: '"Thiếu thành phần" chỉ dùng để nhận xét đơn vị, không dùng cho cá nhân', en: '"Incomplete composition" applies to units only, not to people' },
  evaluation_duplicate: { vi: 'Đối tượng này xuất hiện hai lần trong danh sách', en: 'This target appears twice in the list' },
  evaluation_org_unrelated: { vi: 'Đơn vị (mã {id}) không được mời và không có điểm cầu trong hội nghị này', en: 'Unit (id {id}) was not invited to and hosts no bridge point of this conference' },
  evaluation_person_unrelated: { vi: 'Người (mã {id}) không được mời và không dự hội nghị này', en: 'Person (id {id}) was neither invited to nor attended this conference' },
});
