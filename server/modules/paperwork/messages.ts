import { defineMessages } from '../../core/i18n.js';

defineMessages({
  'entity.paper_counter': { vi: 'sổ đăng ký số văn bản', en: 'document number register' },
  paper_no_issuer: {
    vi: '{name} không phải tổ chức đảng ban hành văn bản (không có ký hiệu cơ quan ban hành)',
    en: '{name} is not a Party body issuing documents (it has no issuer code)',
  },
  paper_date_future: { vi: 'Ngày ban hành không được sau hôm nay', en: 'The issue date cannot be later than today' },
  paper_not_concluded: {
    vi: 'Cuộc kiểm tra, giám sát chưa có kết luận: chỉ lập thông báo kết luận sau khi đoàn đã kết luận',
    en: 'The inspection has no conclusion yet: the conclusion notice is drawn up once the team has concluded',
  },
});
