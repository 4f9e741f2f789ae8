// The report on the results of studying a campaign's documents (báo cáo kết quả học tập, quán triệt): the draft of
// its narrative parts, which the office edits, and its body around the figures compiled from the records.
import { body, grid, heading, para, type Paper } from './layout.js';
import type { ReportFacts } from './report-facts.js';
import { LEVEL_VI, TIER_VI, lowerFirst, num, paragraphs, pct, vnDate } from './words.js';

export interface Narrative { opening: string; assessment: string; proposals: string }

const docsOf = (f: ReportFacts) => (f.campaign.documents.length
  ? f.campaign.documents.map((d) => `${d.title} (số ${d.symbol})`).join('; ')
  : lowerFirst(f.campaign.title));

const heldTotal = (f: ReportFacts) => f.held.reduce((a, r) => a + r.conferences, 0);

/** The draft the dialog opens with: plain sentences from the figures, for the office to rewrite. */
export function draftNarrative(f: ReportFacts, issuer: string, committee: string | null): Narrative {
  const p = f.participation.total;
  const late = f.obligations.heldLate + f.obligations.overdue;
  return {
    opening: `Thực hiện chỉ đạo của cấp trên về việc nghiên cứu, học tập, quán triệt ${docsOf(f)}, ${issuer} đã ban hành kế hoạch, `
      + 'lãnh đạo, chỉ đạo các chi bộ, đoàn thể tổ chức học tập, quán triệt nghiêm túc, đúng đối tượng và thời gian. Kết quả cụ thể như sau:',
    assessment: [
      `Ưu điểm: việc học tập, quán triệt được triển khai kịp thời; đã tổ chức ${num(heldTotal(f))} hội nghị; `
        + `${num(p.attended)}/${num(p.invited)} người được mời đã tham gia học tập, đạt ${pct(p.rate)}.`,
      late
        ? `Hạn chế: còn ${num(late)} lượt đơn vị tổ chức chậm hoặc chưa tổ chức so với thời hạn; ${num(p.invited - p.attended)} người chưa tham gia học tập, cần tổ chức học bù.`
        : `Hạn chế: ${num(p.invited - p.attended)} người chưa tham gia học tập, cần tổ chức học bù.`,
    ].join('\n'),
    proposals: `Đề nghị ${committee ? `Ban Thường vụ ${committee}` : 'cấp trên'} tiếp tục cung cấp tài liệu, `
      + 'bồi dưỡng đội ngũ báo cáo viên; các chi bộ tiếp tục tổ chức học bù cho cán bộ, đảng viên vắng mặt và xây dựng chương trình hành động thực hiện.',
  };
}

/** The body of the report: the narrative around the figures, in the Party's "I- …", "1- …" headings. */
export function reportBody(f: ReportFacts, n: Narrative, issuer: string): Paper['body'] {
  // The issuing committee is in the header: its cells are named "Chi bộ thôn 1", not "Chi bộ thôn 1 · Đảng ủy xã Dân Lực".
  const local = (name: string) => name.replace(` · ${issuer}`, '');
  const p = f.participation;
  const late = f.late;
  const e = f.evaluations;
  const tables = [
    grid(['Đối tượng', 'Cấp tổ chức', 'Số hội nghị', 'Số điểm cầu'],
      f.held.map((r) => [TIER_VI[r.tier] ?? r.tier, LEVEL_VI[r.level] ?? r.level, num(r.conferences), num(r.bridgePoints)]),
      [3600, 2000, 1800, 1800], { size: 26 }),
  ];
  return [
    heading('I- CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TỔ CHỨC HỌC TẬP'),
    ...paragraphs(n.opening).map(body),
    heading('II- KẾT QUẢ HỌC TẬP, QUÁN TRIỆT'),
    heading('1- Hội nghị đã tổ chức'),
    body(f.held.length ? `Đã tổ chức ${num(heldTotal(f))} hội nghị học tập, quán triệt (không kể học bù):` : 'Chưa có hội nghị nào được tổ chức xong.'),
    ...(f.held.length ? tables : []),
    heading('2- Tỷ lệ tham gia học tập'),
    body(`Tổng số người được mời: ${num(p.total.invited)}; đã tham gia: ${num(p.total.attended)}, đạt ${pct(p.total.rate)}.`),
    ...p.tiers.map((t) => body(`- ${TIER_VI[t.tier] ?? t.tier}: ${num(t.attended)}/${num(t.invited)} người, đạt ${pct(t.rate)}.`)),
    ...(p.units.length ? [grid(['STT', 'Đơn vị', 'Được mời', 'Tham gia', 'Tỷ lệ'],
      p.units.map((u, i) => [String(i + 1), local(u.orgName), num(u.invited), num(u.attended), u.due ? pct(u.rate) : `${pct(u.rate)} (*)`]),
      // "STT" in 13 pt bold needs 800 twips with the cell margins: at 700 LibreOffice broke it into "ST" / "T".
      [800, 3955, 1500, 1500, 1600], { size: 26 })] : []),
    ...(p.units.some((u) => !u.due) ? [para('(*) Đơn vị chưa đến hạn tổ chức học tập.', { italics: true, size: 24, before: 60 })] : []),
    heading('3- Đơn vị tổ chức chậm, chưa tổ chức'),
    body(`Số lượt đơn vị phải tổ chức: ${num(f.obligations.total)}; đúng hạn: ${num(f.obligations.heldOnTime)}; chậm: ${num(f.obligations.heldLate)}; `
      + `quá hạn chưa tổ chức: ${num(f.obligations.overdue)}; đã lên lịch: ${num(f.obligations.scheduled)}; chưa lên lịch: ${num(f.obligations.notScheduled)}.`),
    ...(late.length
      ? late.map((l) => body(`- ${local(l.orgName)} (${lowerFirst(TIER_VI[l.tier] ?? l.tier)}): hạn ${vnDate(l.deadline)}, `
        + (l.status === 'held_late' && l.heldOn ? `tổ chức ngày ${vnDate(l.heldOn)}.` : 'chưa tổ chức.')))
      : [body('Không có đơn vị tổ chức chậm.')]),
    heading('4- Học bù'),
    body(f.makeups.sessions
      ? `Đã tổ chức ${num(f.makeups.sessions)} buổi học bù với ${num(f.makeups.attended)} lượt người tham gia.`
      : 'Chưa tổ chức buổi học bù nào.'),
    heading('5- Nhận xét, đánh giá sau hội nghị'),
    body(`Đã nhận xét ${num(e.units)} tập thể và ${num(e.people)} cá nhân; nhắc nhở đi muộn: ${num(e.late)}, `
      + `thành phần không đầy đủ: ${num(e.incompleteComposition)}, thiếu nghiêm túc: ${num(e.unserious)}.`),
    heading('6- Xây dựng chương trình hành động'),
    ...(f.programs.length
      ? [body(`Đã có ${num(f.programs.length)} chương trình, kế hoạch thực hiện được ban hành:`),
        ...f.programs.map((g) => body(`- ${local(g.orgName)}: ${g.title}${g.symbol ? ` (số ${g.symbol})` : ''}, ngày ${vnDate(g.adoptedOn)}.`))]
      : [body('Chưa có chương trình hành động nào được ban hành.')]),
    heading('III- ĐÁNH GIÁ CHUNG'),
    ...paragraphs(n.assessment).map(body),
    heading('IV- ĐỀ XUẤT, KIẾN NGHỊ'),
    ...paragraphs(n.proposals).map(body),
    para(''),
  ];
}
