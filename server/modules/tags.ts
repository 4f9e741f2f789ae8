/**
 * The API documentation's sections, one per module, in the order of the work they serve (a resolution is
 * registered, studied in campaigns and conferences, attended, discussed, evaluated), then administration.
 * Every route carries exactly one of these tags (tests/api/api-docs.test.ts).
 */
export const moduleTags = [
  { name: 'auth', description: 'Đăng nhập, phiên làm việc, quyền của tài khoản đang đăng nhập — Sign-in, session, what the current account may do' },
  { name: 'orgs', description: 'Cây tổ chức đảng: đảng bộ, chi bộ, đoàn thể; thành lập, sáp nhập, giải thể — The party organization tree' },
  { name: 'people', description: 'Đảng viên, cán bộ, hội viên; chức vụ, chuyển sinh hoạt, nhập/xuất Excel — Party members, cadres, mass-organization members' },
  { name: 'documents', description: 'Sổ văn bản: nghị quyết, chỉ thị, kết luận, kế hoạch; tệp đính kèm, liên kết — The document registry' },
  { name: 'campaigns', description: 'Đợt học tập, quán triệt; nhiệm vụ của các đơn vị, bảng theo dõi, nhắc việc — Study campaigns and unit obligations' },
  { name: 'conferences', description: 'Hội nghị học tập: chương trình, tài liệu, điểm cầu, danh sách mời — Study conferences, bridge points, invitations' },
  { name: 'attendance', description: 'Điểm danh: mã QR, quét thẻ, điểm danh theo danh sách, học bù, tỷ lệ tham dự — Attendance, check-in, participation' },
  { name: 'dialogue', description: 'Đối thoại: câu hỏi gửi báo cáo viên, bình chọn, trả lời, đánh giá báo cáo viên — Questions, answers, presenter ratings' },
  { name: 'evaluations', description: 'Nhận xét, đánh giá sau hội nghị và tổng hợp theo năm — Evaluations and the annual review' },
  { name: 'programs', description: 'Chương trình hành động: chỉ tiêu, tiến độ, nhiệm vụ giao cấp dưới, minh chứng — Action programs, targets, tasks' },
  { name: 'inspections', description: 'Kiểm tra, giám sát: kế hoạch năm, đoàn, kết quả theo nội dung, kết luận, kiến nghị và khắc phục — Inspection and supervision, findings, recommendations' },
  { name: 'home', description: 'Trang chủ theo vai trò: tình hình của lãnh đạo, việc cần làm của văn phòng — Home per role: the leadership overview, the office to-do list' },
  { name: 'reviews', description: 'Kiểm điểm, đánh giá, xếp loại năm của đảng viên và tổ chức đảng: dữ liệu trong năm, mức gợi ý, quyết định của cấp ủy — The annual review and rating' },
  { name: 'paperwork', description: 'Văn bản theo thể thức của Đảng (.docx): báo cáo kết quả học tập, giấy mời, danh sách ký tên, thông báo kết luận — Official papers in the Party format' },
  { name: 'notifications', description: 'Thông báo: hộp thông báo, thư điện tử, tổng hợp hằng ngày, hàng đợi thư — Notifications, e-mail, daily digest, the outbox' },
  { name: 'accounts', description: 'Tài khoản và phân quyền theo đơn vị — Accounts and role grants' },
  { name: 'audit', description: 'Nhật ký thao tác — The audit log' },
] as const;
