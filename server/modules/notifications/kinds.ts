// What a notification can be about, how a person chooses to get each by e-mail, and its text in both languages.
import { defineMessages, t, type Lang } from '../../core/i18n.js';

export const KINDS = [
  'campaign_reminder', 'report_reminder', 'invitation', 'conference_changed',
  'deadline_obligation', 'deadline_report', 'deadline_recommendation', 'question_answered', 'task_assigned',
] as const;
export type Kind = (typeof KINDS)[number];

/** The choices a person makes (one per group of kinds, so the settings stay short). */
export const TOPICS = ['reminder', 'invitation', 'deadline', 'answer', 'task'] as const;
export type Topic = (typeof TOPICS)[number];
export const MODES = ['off', 'immediate', 'digest'] as const;
export type Mode = (typeof MODES)[number];

export const topicOf: Record<Kind, Topic> = {
  campaign_reminder: 'reminder', report_reminder: 'reminder', invitation: 'invitation', conference_changed: 'invitation',
  deadline_obligation: 'deadline', deadline_report: 'deadline', deadline_recommendation: 'deadline',
  question_answered: 'answer', task_assigned: 'task',
};

// What reaches people at once by default: what asks them to act now. Deadlines come together in the evening digest.
export const DEFAULT_MODES: Record<Topic, Mode> = { reminder: 'immediate', invitation: 'immediate', deadline: 'digest', answer: 'immediate', task: 'immediate' };

export function modesOf(stored: Partial<Record<string, string>> | null | undefined): Record<Topic, Mode> {
  const out = { ...DEFAULT_MODES };
  for (const topic of TOPICS) {
    const m = stored?.[topic];
    if (m && (MODES as readonly string[]).includes(m)) out[topic] = m as Mode;
  }
  return out;
}

export type Params = Record<string, string | number | null>;

/** The notice's title (inbox line, mail subject) and its text, in the reader's language. */
export function render(lang: Lang, kind: string, params: Params) {
  const p = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v ?? '']));
  const known = (KINDS as readonly string[]).includes(kind);
  return {
    title: known ? t(lang, `notice.${kind}.title`, p) : kind,
    text: known ? t(lang, `notice.${kind}.text`, p) + (params.message ? `\n«${params.message}»` : '') : '',
  };
}

defineMessages({
  'notice.campaign_reminder.title': { vi: 'Nhắc việc: {campaign}', en: 'Reminder: {campaign}' },
  'notice.campaign_reminder.text': {
    vi: '{from} nhắc {unit} tổ chức học tập, quán triệt theo đợt "{campaign}" (hạn {deadline}).',
    en: '{from} reminds {unit} to hold the study of "{campaign}" (deadline {deadline}).',
  },
  'notice.report_reminder.title': { vi: 'Nhắc nộp báo cáo: {period}', en: 'Report reminder: {period}' },
  'notice.report_reminder.text': {
    vi: '{from} nhắc {unit} nộp báo cáo {period} của chương trình "{program}" (hạn {deadline}).',
    en: '{from} reminds {unit} to submit the {period} report of the program "{program}" (due {deadline}).',
  },
  'notice.invitation.title': { vi: 'Giấy mời dự hội nghị: {conference}', en: 'Invitation: {conference}' },
  'notice.invitation.text': {
    vi: 'Đồng chí được mời dự hội nghị "{conference}" lúc {when} tại {place}.',
    en: 'You are invited to the conference "{conference}" at {when}, {place}.',
  },
  'notice.conference_changed.title': { vi: 'Thay đổi hội nghị: {conference}', en: 'Conference changed: {conference}' },
  'notice.conference_changed.text': {
    vi: 'Hội nghị "{conference}" đổi sang {when} tại {place}.',
    en: 'The conference "{conference}" now takes place at {when}, {place}.',
  },
  'notice.deadline_obligation.title': { vi: 'Sắp đến hạn học tập: {campaign}', en: 'Study deadline approaching: {campaign}' },
  'notice.deadline_obligation.text': {
    vi: '{unit} chưa tổ chức hội nghị học tập, quán triệt "{campaign}"; hạn là {deadline}.',
    en: '{unit} has not yet held the study of "{campaign}"; the deadline is {deadline}.',
  },
  'notice.deadline_report.title': { vi: 'Sắp đến hạn báo cáo: {period}', en: 'Report due soon: {period}' },
  'notice.deadline_report.text': {
    vi: '{unit} chưa nộp báo cáo {period} của chương trình "{program}"; hạn là {deadline}.',
    en: '{unit} has not submitted the {period} report of the program "{program}"; it is due {deadline}.',
  },
  'notice.deadline_recommendation.title': { vi: 'Sắp đến hạn khắc phục kiến nghị', en: 'Recommendation deadline approaching' },
  'notice.deadline_recommendation.text': {
    vi: 'Kiến nghị sau kiểm tra đối với {unit} đến hạn {deadline}: "{body}".',
    en: 'The inspection recommendation to {unit} is due {deadline}: "{body}".',
  },
  'notice.question_answered.title': { vi: 'Câu hỏi của đồng chí đã được trả lời', en: 'Your question was answered' },
  'notice.question_answered.text': {
    vi: 'Câu hỏi "{question}" tại hội nghị "{conference}" đã có câu trả lời.',
    en: 'Your question "{question}" at the conference "{conference}" has an answer.',
  },
  'notice.task_assigned.title': { vi: 'Nhiệm vụ được giao: {task}', en: 'Task assigned: {task}' },
  'notice.task_assigned.text': {
    vi: '{from} giao {unit} nhiệm vụ "{task}" (chương trình "{program}"), hạn {deadline}.',
    en: '{from} assigned {unit} the task "{task}" (program "{program}"), due {deadline}.',
  },
  'mail.open_link': { vi: 'Xem và xử lý: {url}', en: 'Open it: {url}' },
  'mail.footer': {
    vi: 'Thư tự động của hệ thống Quán Triệt. Đổi cách nhận thông báo tại: {url}',
    en: 'Automatic message from Quán Triệt. Change how you are notified at: {url}',
  },
  'mail.digest_subject': { vi: 'Tổng hợp thông báo ngày {day} ({count})', en: 'Notifications of {day} ({count})' },
  'mail.digest_intro': { vi: 'Các thông báo trong ngày {day}:', en: 'Your notifications of {day}:' },
  'entity.notification': { vi: 'thông báo', en: 'notification' },
  'entity.mail': { vi: 'thư', en: 'mail' },
  mail_not_failed: { vi: 'Chỉ gửi lại được thư đã gửi không thành công', en: 'Only a mail that failed can be sent again' },
  notify_email_invalid: { vi: 'Địa chỉ email không hợp lệ', en: 'Invalid email address' },
});
