import { defineMessages } from '../../core/i18n.js';
// 'entity.campaign' (a conference's campaign not found) lives with the campaigns module; campaigns imports nothing from here.
import '../campaigns/messages.js';

defineMessages({
  'entity.conference': { vi: 'hội nghị', en: 'conference' },
  'entity.bridge_point': { vi: 'điểm cầu', en: 'bridge point' },
  'entity.invitation': { vi: 'giấy mời', en: 'invitation' },
  ends_before_start: { vi: 'Thời gian kết thúc phải sau thời gian bắt đầu', en: 'The end time must be after the start time' },
  tier_not_in_campaign: { vi: 'Đợt học tập này không có đối tượng "{tier}"; chỉ có: {tiers}', en: 'This campaign has no tier "{tier}"; it has: {tiers}' },
  organizer_outside_campaign: { vi: 'Đơn vị tổ chức phải là đơn vị mở đợt học tập hoặc đơn vị trực thuộc', en: 'The organizer must be the campaign\'s unit or a unit below it' },
  materials_not_visible: { vi: 'Không tìm thấy văn bản tài liệu: {ids}', en: 'Material documents not found: {ids}' },
  presenter_not_allowed: { vi: 'Không tìm thấy báo cáo viên (mã {id}) trong phạm vi của bạn', en: 'Presenter (id {id}) not found within your scope' },
  makeup_other_campaign: { vi: 'Hội nghị học bù phải thuộc cùng đợt học tập với hội nghị gốc', en: 'A make-up session must belong to the same campaign as the original conference' },
  bridge_point_outside_organizer: { vi: 'Điểm cầu phải đặt tại đơn vị tổ chức hoặc đơn vị trực thuộc', en: 'A bridge point must be at the organizer or a unit below it' },
  bridge_point_other_conference: { vi: 'Điểm cầu không thuộc hội nghị này', en: 'The bridge point does not belong to this conference' },
  bridge_point_has_attendance: { vi: 'Điểm cầu đã có {count} lượt điểm danh, không thể xóa', en: 'The bridge point already has {count} check-ins and cannot be deleted' },
  bridge_point_main_required: {
    vi: 'Hội nghị phải có một điểm cầu chính: hãy đặt điểm cầu khác làm điểm cầu chính thay cho điểm cầu này',
    en: 'A conference needs a main bridge point: make another point main instead of this one',
  },
  bridge_point_main_remove: {
    vi: '"{name}" là điểm cầu chính của hội nghị, không thể xóa. Hãy đặt điểm cầu khác làm điểm cầu chính trước',
    en: '"{name}" is the main bridge point of the conference and cannot be deleted. Make another point main first',
  },
  host_not_found: { vi: 'Không tìm thấy người phụ trách điểm cầu trong phạm vi của bạn', en: 'Bridge point host not found within your scope' },
  people_not_found: { vi: 'Không tìm thấy người trong phạm vi của bạn: {ids}', en: 'People not found within your scope: {ids}' },
  invitation_attended: { vi: 'Người này đã điểm danh dự hội nghị, không thể bỏ khỏi danh sách mời', en: 'This person has already checked in and cannot be removed from the invitations' },
});
