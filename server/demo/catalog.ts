// Central Party documents of 2021–2025 used by the demo (real numbers, dates and subjects).

export interface CentralDoc {
  symbol: string;
  issuedOn: string;
  body: string;
  subject: string;
  summary: string;
  /** Resolutions the district builds an action program for. */
  major?: boolean;
  keyPoints?: string;
}

const BCT = 'Bộ Chính trị';
const BCH = 'Ban Chấp hành Trung ương';
const BBT = 'Ban Bí thư';

export const CENTRAL_DOCS: CentralDoc[] = [
  { symbol: '57-NQ/TW', issuedOn: '2024-12-22', body: BCT, major: true,
    subject: 'về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
    summary: 'Xác định phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số là đột phá quan trọng hàng đầu, động lực chính để phát triển nhanh lực lượng sản xuất hiện đại.',
    keyPoints: 'Điểm mới: coi khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số là "đột phá quan trọng hàng đầu"; chấp nhận rủi ro, độ trễ trong nghiên cứu khoa học; lấy người dân và doanh nghiệp làm trung tâm.\nĐiểm cốt lõi: hoàn thiện thể chế, tháo gỡ điểm nghẽn; tăng đầu tư cho khoa học, công nghệ đạt 2% GDP; phát triển hạ tầng số và nhân lực chất lượng cao; bảo đảm an ninh mạng, an toàn dữ liệu.' },
  { symbol: '59-NQ/TW', issuedOn: '2025-01-24', body: BCT, major: true, subject: 'về hội nhập quốc tế trong tình hình mới',
    summary: 'Đưa hội nhập quốc tế thành động lực quan trọng để phát triển đất nước, chuyển từ tiếp thu sang đóng góp, định hình luật chơi chung.' },
  { symbol: '66-NQ/TW', issuedOn: '2025-04-30', body: BCT, major: true,
    subject: 'về đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới',
    summary: 'Xác định thể chế là "điểm nghẽn của điểm nghẽn"; xây dựng pháp luật phải kiến tạo phát triển, thi hành pháp luật nghiêm minh, nhất quán.' },
  { symbol: '68-NQ/TW', issuedOn: '2025-05-04', body: BCT, major: true, subject: 'về phát triển kinh tế tư nhân',
    summary: 'Kinh tế tư nhân là một động lực quan trọng nhất của nền kinh tế quốc gia; phấn đấu đến năm 2030 có 2 triệu doanh nghiệp hoạt động.',
    keyPoints: 'Điểm mới: lần đầu xác định kinh tế tư nhân là "một động lực quan trọng nhất"; bảo vệ quyền tài sản, quyền tự do kinh doanh; không hình sự hóa quan hệ kinh tế, dân sự.\nĐiểm cốt lõi: cải cách thể chế, cắt giảm ít nhất 30% thời gian, chi phí thủ tục; hỗ trợ tiếp cận đất đai, vốn, nhân lực; phát triển hộ kinh doanh thành doanh nghiệp.' },
  { symbol: '18-NQ/TW', issuedOn: '2022-06-16', body: BCH, major: true,
    subject: 'về tiếp tục đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất, tạo động lực đưa nước ta trở thành nước phát triển có thu nhập cao',
    summary: 'Hoàn thiện thể chế, chính sách về quản lý và sử dụng đất đồng bộ, phù hợp với thể chế kinh tế thị trường định hướng xã hội chủ nghĩa.' },
  { symbol: '19-NQ/TW', issuedOn: '2022-06-16', body: BCH, major: true, subject: 'về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045',
    summary: 'Phát triển nông nghiệp sinh thái, nông thôn hiện đại, nông dân văn minh; nông dân là chủ thể, trung tâm của quá trình phát triển.',
    keyPoints: 'Điểm mới: chuyển từ tư duy sản xuất nông nghiệp sang tư duy kinh tế nông nghiệp; nông dân là chủ thể, trung tâm.\nĐiểm cốt lõi: xây dựng nông thôn mới nâng cao, kiểu mẫu; phát triển sản phẩm OCOP; thu nhập cư dân nông thôn năm 2030 tăng ít nhất 2,5 lần so với năm 2020.' },
  { symbol: '20-NQ/TW', issuedOn: '2022-06-16', body: BCH, subject: 'về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới',
    summary: 'Phát triển kinh tế tập thể, nòng cốt là hợp tác xã, theo hướng hiện đại, bền vững.' },
  { symbol: '21-NQ/TW', issuedOn: '2022-06-16', body: BCH, major: true,
    subject: 'về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới',
    summary: 'Nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng và chất lượng đội ngũ đảng viên; đổi mới, nâng cao chất lượng sinh hoạt chi bộ.',
    keyPoints: 'Điểm mới: tổ chức cơ sở đảng là nền tảng của Đảng; gắn xây dựng tổ chức cơ sở đảng với xây dựng hệ thống chính trị ở cơ sở.\nĐiểm cốt lõi: nâng cao chất lượng sinh hoạt chi bộ; phát triển đảng viên; rà soát, sàng lọc đưa người không đủ tư cách ra khỏi Đảng.' },
  { symbol: '27-NQ/TW', issuedOn: '2022-11-09', body: BCH, major: true,
    subject: 'về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam trong giai đoạn mới',
    summary: 'Xây dựng Nhà nước pháp quyền xã hội chủ nghĩa của Nhân dân, do Nhân dân, vì Nhân dân, do Đảng lãnh đạo.' },
  { symbol: '28-NQ/TW', issuedOn: '2022-11-17', body: BCH,
    subject: 'về tiếp tục đổi mới phương thức lãnh đạo, cầm quyền của Đảng đối với hệ thống chính trị trong giai đoạn mới',
    summary: 'Đổi mới phương thức lãnh đạo, cầm quyền của Đảng, nâng cao hiệu lực, hiệu quả hoạt động của hệ thống chính trị.' },
  { symbol: '29-NQ/TW', issuedOn: '2022-11-17', body: BCH, major: true,
    subject: 'về tiếp tục đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước đến năm 2030, tầm nhìn đến năm 2045',
    summary: 'Đến năm 2030 Việt Nam cơ bản đạt các tiêu chí của nước công nghiệp; đến năm 2045 trở thành nước phát triển, thu nhập cao.' },
  { symbol: '43-NQ/TW', issuedOn: '2023-11-24', body: BCH, major: true,
    subject: 'về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc',
    summary: 'Phát huy sức mạnh khối đại đoàn kết toàn dân tộc là đường lối chiến lược, nguồn sức mạnh to lớn của cách mạng Việt Nam.' },
  { symbol: '45-NQ/TW', issuedOn: '2023-11-24', body: BCH,
    subject: 'về tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức đáp ứng yêu cầu phát triển đất nước nhanh và bền vững trong giai đoạn mới',
    summary: 'Xây dựng đội ngũ trí thức lớn mạnh, có chất lượng cao, đáp ứng yêu cầu phát triển đất nước.' },
  { symbol: '05-CT/TW', issuedOn: '2021-06-23', body: BBT, subject: 'về tăng cường sự lãnh đạo của Đảng đối với công tác giảm nghèo bền vững đến năm 2030',
    summary: 'Giảm nghèo bền vững là nhiệm vụ trọng tâm của cả hệ thống chính trị; chú trọng hỗ trợ sinh kế, tạo việc làm cho người nghèo.' },
  { symbol: '35-CT/TW', issuedOn: '2024-06-14', body: BCT, subject: 'về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng',
    summary: 'Chỉ đạo tổ chức đại hội đảng bộ các cấp nhiệm kỳ 2025-2030, chuẩn bị văn kiện, nhân sự cấp ủy.' },
  { symbol: '21-KL/TW', issuedOn: '2021-10-25', body: BCH,
    subject: 'về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, biểu hiện "tự diễn biến", "tự chuyển hóa"',
    summary: 'Đẩy mạnh xây dựng, chỉnh đốn Đảng gắn với học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.' },
  { symbol: '01-KL/TW', issuedOn: '2021-05-18', body: BCT,
    subject: 'về tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    summary: 'Tiếp tục đưa việc học tập và làm theo Bác thành việc làm tự giác, thường xuyên của cán bộ, đảng viên.' },
  { symbol: '14-KL/TW', issuedOn: '2021-09-22', body: BCT, subject: 'về chủ trương khuyến khích và bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung',
    summary: 'Khuyến khích, bảo vệ cán bộ dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung.' },
  { symbol: '123-KL/TW', issuedOn: '2025-01-24', body: BCH,
    subject: 'về Đề án bổ sung về phát triển kinh tế - xã hội năm 2025 với mục tiêu tăng trưởng đạt 8% trở lên',
    summary: 'Phấn đấu tăng trưởng kinh tế năm 2025 đạt 8% trở lên, tạo nền tảng cho tăng trưởng hai con số giai đoạn 2026-2030.' },
  { symbol: '137-KL/TW', issuedOn: '2025-03-28', body: `${BCT}, ${BBT}`,
    subject: 'về Đề án sắp xếp, tổ chức lại đơn vị hành chính các cấp và xây dựng mô hình tổ chức chính quyền địa phương 2 cấp',
    summary: 'Không tổ chức cấp huyện; sắp xếp đơn vị hành chính cấp xã, cấp tỉnh; chính quyền địa phương 2 cấp.' },
  { symbol: '08-QĐi/TW', issuedOn: '2021-10-25', body: BCH,
    subject: 'về trách nhiệm nêu gương của cấp ủy viên, đảng viên, trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, Ủy viên Ban Chấp hành Trung ương',
    summary: 'Quy định nội dung, trách nhiệm nêu gương của cấp ủy viên, đảng viên; chức vụ càng cao càng phải gương mẫu.' },
  { symbol: '22-QĐ/TW', issuedOn: '2021-07-28', body: BCH, subject: 'về công tác kiểm tra, giám sát và kỷ luật của Đảng',
    summary: 'Quy định nguyên tắc, nội dung, thẩm quyền, trách nhiệm trong công tác kiểm tra, giám sát và kỷ luật của Đảng.' },
  { symbol: '69-QĐ/TW', issuedOn: '2022-07-06', body: BCT, subject: 'về kỷ luật tổ chức đảng, đảng viên vi phạm',
    summary: 'Quy định nguyên tắc, hình thức, thẩm quyền xử lý kỷ luật đối với tổ chức đảng, đảng viên vi phạm.' },
  { symbol: '144-QĐ/TW', issuedOn: '2024-05-09', body: BCT, subject: 'về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới',
    summary: 'Năm chuẩn mực: trung thành, gương mẫu; cần, kiệm, liêm, chính, chí công vô tư; đoàn kết; thương dân; tự phê bình và phê bình.' },
  { symbol: '01-HD/TW', issuedOn: '2021-09-28', body: BBT, subject: 'một số vấn đề cụ thể thi hành Điều lệ Đảng',
    summary: 'Hướng dẫn cụ thể việc thi hành Điều lệ Đảng về đảng viên, tổ chức đảng, nguyên tắc tập trung dân chủ.' },
  { symbol: '26-HD/BTGDVTW', issuedOn: '2025-05-20', body: 'Ban Tuyên giáo và Dân vận Trung ương',
    subject: 'nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết số 66-NQ/TW và Nghị quyết số 68-NQ/TW của Bộ Chính trị',
    summary: 'Hướng dẫn nội dung, hình thức, đối tượng, thời gian học tập, quán triệt hai nghị quyết; tài liệu dành cho báo cáo viên.' },
];

export const TYPE_NAMES: Record<string, string> = {
  NQ: 'Nghị quyết', CT: 'Chỉ thị', KL: 'Kết luận', QĐ: 'Quy định', QĐi: 'Quy định', KH: 'Kế hoạch', HD: 'Hướng dẫn',
  CTr: 'Chương trình hành động', ĐA: 'Đề án', BC: 'Báo cáo', TB: 'Thông báo', CV: 'Công văn',
};

/** "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị" */
export function reference(d: { symbol: string; issuedOn: string; body: string; type: string }): string {
  const [y, m, day] = d.issuedOn.split('-');
  return `${TYPE_NAMES[d.type]} số ${d.symbol} ngày ${Number(day)}/${Number(m)}/${y} của ${d.body}`;
}
