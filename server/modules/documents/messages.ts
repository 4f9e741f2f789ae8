import { defineMessages } from '../../core/i18n.js';

// Reasons a number-and-symbol is refused (symbol.ts), plus the module's own conflicts.
defineMessages({
  symbol_missing_number: { vi: 'Thiếu số văn bản ở đầu ký hiệu (ví dụ: 57-NQ/TW)', en: 'The document number is missing at the start (e.g. 57-NQ/TW)' },
  symbol_bad_number: { vi: 'Số văn bản "{value}" phải là số nguyên dương từ 1 đến {max}', en: 'Document number "{value}" must be a positive integer from 1 to {max}' },
  symbol_missing_dash: { vi: 'Thiếu dấu gạch ngang (-) giữa số và loại văn bản (ví dụ: 57-NQ/TW)', en: 'A dash (-) is missing between the number and the type (e.g. 57-NQ/TW)' },
  symbol_unknown_type: { vi: 'Loại văn bản "{code}" không hợp lệ; chỉ nhận: {allowed}', en: 'Unknown document type "{code}"; allowed: {allowed}' },
  symbol_missing_issuer: { vi: 'Thiếu dấu gạch chéo (/) và cơ quan ban hành (ví dụ: /TW, /HU)', en: 'The slash (/) and the issuing body are missing (e.g. /TW, /HU)' },
  symbol_bad_issuer: { vi: 'Cơ quan ban hành "{issuer}" chỉ gồm chữ in hoa (kể cả Đ) và chữ số sau chữ cái đầu, tối đa 15 ký tự', en: 'Issuer "{issuer}" may only contain capital letters (including Đ) and digits after the first letter, at most 15 characters' },
  relation_exists: { vi: 'Hai văn bản đã có liên kết này', en: 'These documents are already related this way' },
  // Deleting a document still studied somewhere would break those records: say what uses it.
  document_in_use: { vi: 'Văn bản đang được dùng bởi {campaigns} đợt học tập và {conferences} hội nghị (tài liệu hội nghị); không thể xóa', en: 'The document is used by {campaigns} study campaign(s) and {conferences} conference(s) (as material); it cannot be deleted' },
  document_in_use_campaigns: { vi: 'Văn bản đang được dùng bởi {campaigns} đợt học tập; không thể xóa', en: 'The document is used by {campaigns} study campaign(s); it cannot be deleted' },
  document_in_use_conferences: { vi: 'Văn bản đang được dùng làm tài liệu của {conferences} hội nghị; không thể xóa', en: 'The document is material of {conferences} conference(s); it cannot be deleted' },
  'entity.document_relation': { vi: 'liên kết văn bản', en: 'document relation' },
});
