// After the 2024 conferences: listeners' questions with the presenters' answers, ratings of the presenters,
// and the organizers' evaluations (late units, incomplete composition, late individuals), so the presenters'
// pages and the annual review show real records. Drawn from the attendance records already built.
import { Book, vnIso, type Conf } from './study-book.js';

const MIN = 60_000;

/** Questions a listener asks and the presenter's answer, about the 2024 campaign's documents. */
const QA: [string, string][] = [
  ['Nghị quyết 43-NQ/TW đặt ra những nhiệm vụ gì cụ thể cho Mặt trận Tổ quốc cấp xã?',
    'Mặt trận cấp xã tập trung tập hợp, vận động nhân dân, giám sát và phản biện xã hội, nhất là ở khu dân cư; xã xây dựng quy chế phối hợp và kiểm tra hằng năm.'],
  ['Chỉ tiêu thu nhập bình quân đầu người nửa nhiệm kỳ còn lại của huyện được tính như thế nào?',
    'Chỉ tiêu tính theo giá hiện hành, số liệu của Chi cục Thống kê; các xã báo cáo theo quý để Huyện ủy theo dõi.'],
  ['Thôn chúng tôi chưa đạt tiêu chí nông thôn mới kiểu mẫu, nghị quyết có cơ chế hỗ trợ gì?',
    'Huyện ưu tiên vốn lồng ghép cho các thôn đăng ký đạt chuẩn trong năm; thôn cần có đề án và cam kết đối ứng của nhân dân.'],
  ['Đảng viên đi làm ăn xa có phải học tập nghị quyết không, học bù như thế nào?',
    'Có. Chi bộ tổ chức học bù hoặc giới thiệu đảng viên học tại nơi cư trú tạm thời; kết quả báo cáo về chi bộ nơi sinh hoạt chính thức.'],
  ['Việc phát huy khối đại đoàn kết gắn với giải quyết khiếu nại ở cơ sở ra sao?',
    'Giải quyết kịp thời, công khai ngay từ cơ sở; cấp ủy và Mặt trận cùng tham gia đối thoại với nhân dân.'],
  ['Huyện có kế hoạch kiểm tra việc xây dựng chương trình hành động của các chi bộ không?',
    'Ủy ban Kiểm tra Huyện ủy kiểm tra chuyên đề trong quý III; các đảng ủy tự kiểm tra chi bộ trực thuộc trước.'],
  ['Báo cáo viên có thể cung cấp tài liệu tóm tắt để chi bộ thôn dùng khi sinh hoạt không?',
    'Ban Tuyên giáo đã gửi đề cương tóm tắt lên hệ thống; chi bộ tải về trong mục tài liệu của hội nghị.'],
  ['Trách nhiệm của đoàn viên thanh niên trong thực hiện Nghị quyết 43 là gì?',
    'Đoàn viên tiên phong trong các phong trào tình nguyện, chuyển đổi số và giữ gìn an ninh trật tự ở địa phương.'],
];
const RATING_COMMENTS = ['Trình bày rõ ràng, gắn với thực tiễn địa phương', 'Nhiều ví dụ cụ thể, dễ hiểu', 'Nên dành thêm thời gian cho phần giải đáp', 'Nội dung cô đọng, thiết thực'];

/** Questions (some anonymous, most answered) and ratings of each agenda presenter by part of those present. */
type Row = Record<string, unknown>;
/** Rows of a Book list grouped by conference, built once (the lists hold tens of thousands of rows). */
function byConference(list: Row[]) {
  const m = new Map<number, Row[]>();
  for (const r of list) {
    const k = r.conference_id as number;
    const l = m.get(k);
    if (l) l.push(r); else m.set(k, [r]);
  }
  return (id: number) => m.get(id) ?? [];
}
interface Index { attendance: (id: number) => Row[]; absences: (id: number) => Row[]; home: Map<number, number>; bpOrg: Map<number, number> }

function dialogue(b: Book, ix: Index, c: Conf, questions: number, rateShare: number) {
  const present = new Set(ix.attendance(c.id).map((a) => a.person_id as number));
  const listeners = c.invited.filter((p) => present.has(p.id));
  const presenters = [...new Set(b.agenda.filter((a) => a.conference_id === c.id && a.presenter_person_id).map((a) => a.presenter_person_id as number))];
  if (!presenters.length || !listeners.length) return;
  const askers = b.draw(listeners.filter((p) => !presenters.includes(p.id)), Math.min(questions, listeners.length - presenters.length), new Set());
  askers.forEach((p, i) => {
    const [text, answer] = QA[(c.id + i) % QA.length];
    const to = presenters[(i + 1) % presenters.length];
    const at = c.startsMs + b.rng.int(20, 150) * MIN;
    const answered = b.rng.chance(0.85);
    const id = b.questions.length + 1;
    b.questions.push({ id, conference_id: c.id, person_id: p.id, presenter_person_id: to, anonymous: b.rng.chance(0.3), text,
      answer: answered ? answer : null, answered_by: answered ? to : null, answered_at: answered ? vnIso(at + b.rng.int(5, 40) * MIN) : null,
      hidden: false, created_at: vnIso(at) });
    for (const v of listeners) if (v.id !== p.id && b.rng.chance(Math.min(1, 6 / listeners.length))) b.votes.push({ question: id, person_id: v.id });
  });
  for (const presenter of presenters) {
    for (const p of listeners) {
      if (p.id === presenter || !b.rng.chance(rateShare)) continue;
      const at = vnIso(c.endsMs + b.rng.int(0, 48 * 60) * MIN);
      b.ratings.push({ conference_id: c.id, presenter_person_id: presenter, person_id: p.id,
        score: b.rng.weighted([[5, 5], [4, 4], [3, 1]] as const), comment: b.rng.chance(0.1) ? b.rng.pick(RATING_COMMENTS) : null, created_at: at, updated_at: at });
    }
  }
}

/** The organizers' evaluations: late units, units with unexcused absentees, individuals late by more than 15 minutes. */
function evaluate(b: Book, ix: Index, c: Conf, by: { lateUnit?: boolean }) {
  const year = Number(vnIso(c.startsMs).slice(0, 4));
  const row = (target: { org_id?: number; person_id?: number }, flags: string[], comment: string) =>
    b.evaluations.push({ conference_id: c.id, org_id: target.org_id ?? null, person_id: target.person_id ?? null, year, flags, comment,
      created_at: vnIso(c.endsMs + 86_400_000) });
  if (by.lateUnit) row({ org_id: c.org.id }, ['late'], 'Tổ chức hội nghị chậm so với thời hạn của Ban Thường vụ Huyện ủy.');
  const unexcused = new Set(ix.absences(c.id).filter((a) => !a.excused).map((a) => a.person_id as number));
  // The unit answerable for an absentee: their bridge point's unit, or at the main hall their own cell.
  const unitOf = (personId: number) => {
    const org = ix.bpOrg.get(c.bpOf.get(personId) ?? 0);
    return org !== undefined && org !== c.org.id ? org : ix.home.get(personId);
  };
  const incomplete = new Map<number, number>();
  for (const p of unexcused) {
    const o = unitOf(p);
    if (o !== undefined) incomplete.set(o, (incomplete.get(o) ?? 0) + 1);
  }
  for (const [org, n] of incomplete) row({ org_id: org }, ['incomplete_composition'], `Còn ${n} đồng chí vắng mặt không có lý do.`);
  for (const a of ix.attendance(c.id)) {
    if ((a.late_minutes as number) <= 15) continue;
    row({ person_id: a.person_id as number }, ['late'], `Đến muộn ${a.late_minutes} phút.`);
  }
}

type Held = { key: Conf; grassroots: Conf[]; late: Set<number> };

export function pastReview(b: Book, past: Held & { staff: Conf }, current: { key: Conf; held: Conf[]; late: Set<number> }) {
  const ix: Index = { attendance: byConference(b.attendance), absences: byConference(b.absences),
    home: new Map(b.ctx.people.people.map((p) => [p.id, p.orgId])), bpOrg: new Map(b.bridgePoints.map((x) => [x.id as number, x.org_id as number])) };
  dialogue(b, ix, past.key, 12, 0.2);
  dialogue(b, ix, past.staff, 8, 0.3);
  for (const g of past.grassroots.filter((x) => x.org.subkind === 'commune' || x.org.subkind === 'town')) dialogue(b, ix, g, 3, 0.08);
  evaluate(b, ix, past.key, {});
  evaluate(b, ix, past.staff, {});
  for (const g of past.grassroots) evaluate(b, ix, g, { lateUnit: past.late.has(g.org.id) });
  // This year's review is not empty either: the current campaign's conferences held so far are evaluated too.
  evaluate(b, ix, current.key, {});
  for (const g of current.held) evaluate(b, ix, g, { lateUnit: current.late.has(g.org.id) });
}
