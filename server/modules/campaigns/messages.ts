import { defineMessages } from '../../core/i18n.js';

defineMessages({
  'entity.campaign': { vi: 'đợt học tập', en: 'study campaign' },
  'entity.obligation': { vi: 'nhiệm vụ tổ chức học tập của đơn vị', en: 'unit study obligation' },
  tiers_duplicate: { vi: 'Đối tượng học tập bị lặp', en: 'A tier is listed twice' },
  documents_not_visible: { vi: 'Không tìm thấy văn bản: {ids}', en: 'Documents not found: {ids}' },
  obligation_after_campaign: {
    vi: 'Hạn của đơn vị không được sau hạn của đợt học tập ({deadline})',
    en: 'A unit deadline cannot be later than the campaign deadline ({deadline})',
  },
  obligations_not_found: {
    vi: 'Không tìm thấy đơn vị cần nhắc trong đợt học tập này thuộc phạm vi của bạn: {ids}',
    en: 'Units to remind not found in this campaign within your scope: {ids}',
  },
  campaign_closed: {
    vi: 'Đợt học tập đã kết thúc: chỉ xem được, không sửa hạn, không nhắc và không tổ chức thêm hội nghị (mở lại đợt học tập nếu cần)',
    en: 'The study campaign is closed: it is read-only — no deadline changes, reminders or new conferences (reopen it if needed)',
  },
  reminder_default: {
    vi: 'Đề nghị đơn vị khẩn trương tổ chức hội nghị học tập, quán triệt "{title}" và báo cáo kết quả.',
    en: 'Please hold the study conference for "{title}" without delay and report the result.',
  },
});
