// The Vietnamese words of the papers. A Party paper is written in Vietnamese whatever the user's interface language.

export const TIER_VI: Record<string, string> = {
  key_cadre: 'Cán bộ chủ chốt',
  presenters_staff: 'Báo cáo viên, cộng tác viên dư luận xã hội, cán bộ tuyên giáo',
  mass_org: 'Đoàn viên, hội viên các đoàn thể',
  all_members: 'Toàn thể cán bộ, đảng viên',
};

export const LEVEL_VI: Record<string, string> = {
  province: 'Cấp tỉnh', district: 'Cấp huyện', grassroots: 'Cấp cơ sở', cell: 'Chi bộ', mass_org: 'Mặt trận, đoàn thể',
};

export const FORMAT_VI: Record<string, string> = {
  in_person: 'trực tiếp', online: 'trực tuyến', hybrid: 'trực tiếp kết hợp trực tuyến', radio: 'qua hệ thống truyền thanh',
};

export const ASSESSMENT_VI: Record<string, string> = { good: 'Tốt', fair: 'Khá', limited: 'Còn hạn chế', poor: 'Yếu' };

export const CHECKLIST_VI: Record<string, string> = {
  documents_implementation: 'Việc tổ chức thực hiện các văn bản',
  leadership_documents: 'Việc ban hành văn bản lãnh đạo, chỉ đạo',
  action_programs: 'Việc xây dựng chương trình, kế hoạch thực hiện',
  models_solutions: 'Mô hình, giải pháp',
  target_results: 'Kết quả thực hiện các chỉ tiêu',
  completion_time: 'Thời gian hoàn thành',
};

/** 1234 → "1.234". */
export const num = (n: number) => n.toLocaleString('vi-VN');
/** 0.9983 → "99,8%". */
export const pct = (rate: number) => `${(Math.round(rate * 1000) / 10).toLocaleString('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
/** YYYY-MM-DD → dd/mm/yyyy. */
export const vnDate = (iso: string) => iso.slice(0, 10).split('-').reverse().join('/');
export const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/** "Đảng ủy xã Dân Lực" → "Văn phòng Đảng ủy"; a cell keeps its own records. */
export function officeOf(name: string, kind: string): string {
  if (kind === 'cell') return 'Lưu Chi bộ.';
  const head = /^(Đảng ủy|Huyện ủy|Tỉnh ủy|Thành ủy|Thị ủy|Quận ủy)/u.exec(name)?.[1] ?? 'Đảng ủy';
  return `Lưu Văn phòng ${head}.`;
}

/** Narrative text as typed: one paragraph per non-empty line. */
export const paragraphs = (s: string) => s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

/** The time of a conference in Vietnam: "7 giờ 30 phút, ngày 20/02/2026". */
export function vnTime(at: Date | string): string {
  const d = new Date(new Date(at).getTime() + 7 * 3600_000);
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  return `${h} giờ${m ? ` ${String(m).padStart(2, '0')} phút` : ''}, ngày ${vnDate(d.toISOString())}`;
}
