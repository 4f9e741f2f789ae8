import { defineMessages } from '../../core/i18n.js';
// 'entity.campaign' (a campaign not found) lives with the campaigns module, which imports nothing from here.
import '../campaigns/messages.js';

defineMessages({
  'entity.conference': { vi: 'hội nghị', en: 'conference' },
  'entity.bridge_point': { vi: 'điểm cầu', en: 'bridge point' },
  code_invalid: { vi: 'Mã QR không hợp lệ hoặc đã bị sửa đổi', en: 'The QR code is invalid or has been altered' },
  code_expired: { vi: 'Mã QR hội trường đã hết hạn, vui lòng quét mã đang hiển thị', en: 'The hall QR code has expired; scan the one on screen now' },
  code_other_conference: { vi: 'Mã QR thuộc hội nghị khác', en: 'The QR code belongs to another conference' },
  code_or_person: { vi: 'Cần quét mã QR hoặc chọn người điểm danh', en: 'Scan a QR code or choose a person' },
  conference_ended: { vi: 'Hội nghị đã kết thúc, không thể điểm danh trực tiếp', en: 'The conference has ended; live check-in is closed' },
  conference_not_started: { vi: 'Chưa mở điểm danh: chỉ mở từ 2 giờ trước giờ khai mạc', en: 'Check-in is not open yet: it opens 2 hours before the start' },
  checkin_bridge_point_mismatch: { vi: 'Điểm cầu không thuộc hội nghị này', en: 'The bridge point does not belong to this conference' },
  scanned_at_range: {
    vi: 'Thời điểm quét phải từ 2 giờ trước giờ khai mạc đến khi kết thúc hội nghị và không ở tương lai',
    en: 'The scan time must lie between 2 hours before the start and the end of the conference, and not in the future',
  },
  no_linked_person: { vi: 'Tài khoản chưa gắn với hồ sơ đảng viên/cá nhân', en: 'This account is not linked to a person record' },
  already_attended: { vi: 'Người này đã điểm danh, không thể ghi vắng mặt', en: 'This person has checked in; an absence cannot be recorded' },
  roll_call_not_started: { vi: 'Hội nghị chưa bắt đầu: chưa thể ghi vắng những người chưa điểm danh', en: 'The conference has not started: those not marked cannot be recorded absent yet' },
  not_invited: { vi: 'Người này không có trong danh sách triệu tập của hội nghị', en: 'This person is not on the conference invitation list' },
  listening_radio_only: { vi: 'Chỉ ghi nhận nghe cho hội nghị qua loa truyền thanh / đài phát thanh', en: 'Listening records are kept only for radio / loudspeaker conferences' },
  listening_not_started: { vi: 'Hội nghị chưa phát: chưa thể ghi nhận đã nghe', en: 'The conference has not been broadcast yet: listening cannot be recorded' },
  listening_not_in_list: { vi: 'Người này không có trong danh sách mời của chi bộ', en: 'This person is not on the cell’s invitation list' },
  listening_duplicate: { vi: 'Người này có hai lần trong danh sách gửi lên', en: 'This person appears twice in the list sent' },
});
