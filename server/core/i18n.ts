import type { FastifyRequest } from 'fastify';

export type Lang = 'vi' | 'en';

/** The caller's language: Accept-Language en → English, anything else → Vietnamese. */
export function langOf(req: Pick<FastifyRequest, 'headers'>): Lang {
  const h = String(req.headers['accept-language'] ?? '').toLowerCase();
  return h.startsWith('en') ? 'en' : 'vi';
}

// Server messages, Vietnamese first. Keys are stable codes; {name} placeholders are filled from params.
const messages: Record<string, { vi: string; en: string }> = {
  validation: { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' },
  date_format: { vi: 'Ngày không hợp lệ (định dạng YYYY-MM-DD)', en: 'Invalid date (format YYYY-MM-DD)' },
  required: { vi: 'Bắt buộc nhập', en: 'Required' },
  date_invalid: { vi: 'Ngày không có thật trên lịch', en: 'No such calendar date' },
  timestamp_format: { vi: 'Thời điểm không hợp lệ (định dạng ISO 8601 có múi giờ, ví dụ 2024-02-29T08:00:00+07:00)', en: 'Invalid timestamp (ISO 8601 with an offset, e.g. 2024-02-29T08:00:00+07:00)' },
  text_invalid_chars: { vi: 'Chứa ký tự không hợp lệ (ký tự NUL hoặc mã Unicode lẻ)', en: 'Contains invalid characters (NUL or an unpaired Unicode surrogate)' },
  number_max: { vi: 'Không được lớn hơn {value}', en: 'Must be at most {value}' },
  number_min: { vi: 'Không được nhỏ hơn {value}', en: 'Must be at least {value}' },
  string_max: { vi: 'Tối đa {value} ký tự', en: 'At most {value} characters' },
  string_min: { vi: 'Cần ít nhất {value} ký tự', en: 'At least {value} characters' },
  array_max: { vi: 'Tối đa {value} mục', en: 'At most {value} items' },
  array_min: { vi: 'Cần ít nhất {value} mục', en: 'At least {value} items' },
  'type.id': { vi: 'mã số (số nguyên dương)', en: 'an id (a positive integer)' },
  'type.number': { vi: 'số', en: 'a number' },
  'type.int': { vi: 'số nguyên', en: 'an integer' },
  'type.string': { vi: 'chuỗi ký tự', en: 'text' },
  'type.boolean': { vi: 'đúng/sai', en: 'true/false' },
  'type.array': { vi: 'danh sách', en: 'a list' },
  'type.object': { vi: 'đối tượng', en: 'an object' },
  number_range: { vi: 'Giá trị nằm ngoài khoảng cho phép', en: 'Value out of range' },
  invalid_json: { vi: 'Dữ liệu gửi lên không phải JSON hợp lệ', en: 'The request body is not valid JSON' },
  empty_body: { vi: 'Thiếu dữ liệu gửi lên', en: 'The request body is empty' },
  unsupported_media_type: { vi: 'Kiểu dữ liệu gửi lên không được hỗ trợ ({type})', en: 'Unsupported content type ({type})' },
  body_too_large: { vi: 'Dữ liệu gửi lên quá lớn (tối đa {max} MB)', en: 'Request body too large (max {max} MB)' },
  bad_request: { vi: 'Yêu cầu không hợp lệ', en: 'Bad request' },
  bad_url: { vi: 'Đường dẫn không hợp lệ', en: 'Invalid URL' },
  param_too_long: { vi: 'Tham số trong đường dẫn quá dài (tối đa {max} ký tự)', en: 'Path parameter too long (max {max} characters)' },
  multipart_invalid: { vi: 'Dữ liệu tải lên bị hỏng hoặc không đúng định dạng multipart', en: 'The upload is malformed (not valid multipart data)' },
  upload_limit: { vi: 'Quá nhiều tệp hoặc trường trong một lần tải lên', en: 'Too many files or fields in one upload' },
  record_in_use: { vi: 'Bản ghi đang được dùng ở nơi khác, không thể xóa', en: 'The record is still in use elsewhere and cannot be deleted' },
  record_in_use_by: { vi: 'Bản ghi đang được dùng trong {what}, không thể xóa', en: 'The record is still used in {what} and cannot be deleted' },
  'table.campaign_documents': { vi: 'văn bản của đợt học tập', en: 'the documents of a study campaign' },
  'table.conference_materials': { vi: 'tài liệu hội nghị', en: 'conference materials' },
  'table.conferences': { vi: 'hội nghị', en: 'a conference' },
  'table.campaigns': { vi: 'đợt học tập', en: 'a study campaign' },
  'table.attendance': { vi: 'điểm danh', en: 'attendance records' },
  'table.invitations': { vi: 'danh sách mời', en: 'invitations' },
  'table.people': { vi: 'danh sách người', en: 'the people list' },
  'table.orgs': { vi: 'cây tổ chức', en: 'the organization tree' },
  'table.accounts': { vi: 'tài khoản', en: 'accounts' },
  'table.evaluations': { vi: 'nhận xét, đánh giá', en: 'evaluations' },
  'table.questions': { vi: 'câu hỏi hội nghị', en: 'conference questions' },
  reference_missing: { vi: 'Bản ghi được tham chiếu không tồn tại', en: 'A referenced record does not exist' },
  duplicate: { vi: 'Bản ghi đã tồn tại', en: 'The record already exists' },
  value_invalid: { vi: 'Giá trị không hợp lệ', en: 'Invalid value' },
  value_too_long: { vi: 'Dữ liệu quá dài', en: 'Value too long' },
  invalid_type: { vi: 'Sai kiểu dữ liệu: cần {expected}', en: 'Wrong type: expected {expected}' },
  unauthenticated: { vi: 'Vui lòng đăng nhập', en: 'Please log in' },
  forbidden: { vi: 'Bạn không có quyền thực hiện thao tác này', en: 'You are not allowed to do this' },
  not_found: { vi: 'Không tìm thấy {entity}', en: '{entity} not found' },
  route_not_found: { vi: 'Không tìm thấy đường dẫn', en: 'Route not found' },
  conflict: { vi: 'Xung đột dữ liệu', en: 'Conflict' },
  too_large: { vi: 'Tệp quá lớn (tối đa {max} MB)', en: 'File too large (max {max} MB)' },
  rate_limited: { vi: 'Quá nhiều lần thử. Vui lòng thử lại sau {minutes} phút', en: 'Too many attempts. Try again in {minutes} min' },
  internal: { vi: 'Lỗi hệ thống, vui lòng thử lại', en: 'Internal error, please try again' },
  bad_credentials: { vi: 'Sai tên đăng nhập hoặc mật khẩu', en: 'Wrong username or password' },
  wrong_password: { vi: 'Mật khẩu hiện tại không đúng', en: 'Current password is wrong' },
  password_weak: { vi: 'Mật khẩu cần ít nhất 8 ký tự, gồm chữ và số', en: 'Password needs at least 8 characters with letters and digits' },
  username_taken: { vi: 'Tên đăng nhập đã tồn tại', en: 'Username already exists' },
  // entities
  'entity.org': { vi: 'tổ chức', en: 'organization' },
  'entity.person': { vi: 'người', en: 'person' },
  'entity.document': { vi: 'văn bản', en: 'document' },
  'entity.attachment': { vi: 'tệp đính kèm', en: 'attachment' },
  'entity.account': { vi: 'tài khoản', en: 'account' },
  // organizations
  org_cycle: { vi: 'Không thể chuyển một tổ chức vào chính nó hoặc tổ chức cấp dưới của nó', en: 'Cannot move an organization under itself or its descendants' },
  org_inactive: { vi: 'Tổ chức đã giải thể hoặc sáp nhập', en: 'The organization was dissolved or merged' },
  org_not_empty: { vi: 'Tổ chức còn {children} đơn vị trực thuộc và {people} người đang sinh hoạt; hãy chuyển đi trước khi giải thể', en: 'The organization still has {children} sub-units and {people} people; move them first' },
  org_merge_same: { vi: 'Hai đơn vị sáp nhập phải khác nhau', en: 'The two merged units must differ' },
  org_root: { vi: 'Không thể thao tác trên tổ chức gốc', en: 'The root organization cannot be changed this way' },
  org_parent_kind: { vi: 'Loại tổ chức này không thể trực thuộc {parent}', en: 'This kind of organization cannot sit under {parent}' },
  // people
  card_taken: { vi: 'Số thẻ đảng viên đã được dùng cho người khác', en: 'Party card number already used by someone else' },
  official_before_joined: { vi: 'Ngày chính thức phải sau ngày vào Đảng', en: 'Official date must be after joining date' },
  party_fields_for_non_member: { vi: 'Người không phải đảng viên không có ngày vào Đảng/số thẻ', en: 'A non-member has no joining date or card number' },
  same_unit: { vi: 'Đơn vị mới trùng đơn vị hiện tại', en: 'The new unit is the current unit' },
  not_mass_org: { vi: 'Đơn vị này không phải là đoàn thể', en: 'This unit is not a mass organization' },
  import_failed: { vi: 'Tệp có {count} lỗi, chưa nhập dòng nào', en: 'The file has {count} errors; nothing was imported' },
  import_bad_file: { vi: 'Không đọc được tệp Excel (.xlsx)', en: 'Could not read the Excel (.xlsx) file' },
  // documents
  symbol_invalid: { vi: 'Số và ký hiệu không hợp lệ', en: 'Invalid number and symbol' },
  document_duplicate: { vi: 'Văn bản {symbol} năm {year} của cơ quan này đã có trong sổ', en: 'Document {symbol} of {year} from this issuer is already registered' },
  symbol_type_mismatch: { vi: 'Ký hiệu "{code}" không khớp loại văn bản đã chọn ({type})', en: 'Symbol code "{code}" does not match the chosen type ({type})' },
  file_type: { vi: 'Chỉ nhận PDF, DOCX hoặc ảnh (JPG, PNG)', en: 'Only PDF, DOCX or images (JPG, PNG) are accepted' },
  file_missing: { vi: 'Chưa chọn tệp', en: 'No file chosen' },
  relation_self: { vi: 'Văn bản không thể liên kết với chính nó', en: 'A document cannot relate to itself' },
};

/** Modules add their own messages (in their messages.ts) so this file holds only the shared ones. */
export function defineMessages(table: Record<string, { vi: string; en: string }>) {
  Object.assign(messages, table);
}

export function hasMessage(key: string): boolean {
  return key in messages;
}

export function t(lang: Lang, key: string, params: Record<string, unknown> = {}): string {
  const m = messages[key];
  const text = m ? m[lang] : key;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = params[k];
    if (k === 'entity' && typeof v === 'string') return t(lang, `entity.${v}`);
    // A parameter may itself be a message ({ key }), translated in the same language.
    if (v && typeof v === 'object' && typeof (v as { key?: unknown }).key === 'string') return t(lang, (v as { key: string }).key);
    return v === undefined ? `{${k}}` : String(v);
  });
}
