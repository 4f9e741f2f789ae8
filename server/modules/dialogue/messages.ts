import { defineMessages } from '../../core/i18n.js';

defineMessages({
  'entity.conference': { vi: 'hội nghị', en: 'conference' },
  'entity.question': { vi: 'câu hỏi', en: 'question' },
  dialogue_not_participant: {
    vi: 'Chỉ người được mời hoặc đã dự hội nghị mới được gửi câu hỏi, bình chọn và đánh giá',
    en: 'Only people invited to or attending the conference may ask, vote and rate',
  },
  question_closed: {
    vi: 'Hội nghị đã kết thúc, không thể gửi câu hỏi hoặc bình chọn nữa',
    en: 'The conference has ended; questions and votes are closed',
  },
  question_text: { vi: 'Câu hỏi cần từ 3 đến 2.000 ký tự', en: 'A question needs 3 to 2,000 characters' },
  answer_text: { vi: 'Câu trả lời cần từ 1 đến 5.000 ký tự', en: 'An answer needs 1 to 5,000 characters' },
  presenter_not_on_agenda: {
    vi: 'Người này không phải báo cáo viên trong chương trình hội nghị',
    en: 'This person is not a presenter on the conference agenda',
  },
  vote_own_question: { vi: 'Không thể bình chọn cho câu hỏi của chính mình', en: 'You cannot vote for your own question' },
  answer_not_allowed: {
    vi: 'Chỉ báo cáo viên được hỏi hoặc cán bộ tổ chức hội nghị mới được trả lời câu hỏi này',
    en: 'Only the presenter asked or the conference organizers may answer this question',
  },
  rating_not_open: {
    vi: 'Chỉ đánh giá báo cáo viên sau khi hội nghị bắt đầu',
    en: 'Presenters can be rated only once the conference has started',
  },
  rating_closed: {
    vi: 'Đã hết hạn đánh giá: chỉ đánh giá trong vòng {days} ngày sau khi hội nghị kết thúc',
    en: 'Rating is closed: presenters can be rated up to {days} days after the conference ends',
  },
  rating_score: { vi: 'Điểm đánh giá từ 1 đến 5', en: 'The score must be from 1 to 5' },
  rating_comment: { vi: 'Nhận xét tối đa 2.000 ký tự', en: 'A comment may have at most 2,000 characters' },
  rate_self: { vi: 'Không thể tự đánh giá chính mình', en: 'You cannot rate yourself' },
});
