// Conferences the demo keeps relative to the server's start, so everything can be tried at once: a district
// conference running now (started 30 minutes ago, ending in 2 hours) followed at bridge points in Dân Lực and
// Hợp Thành, with a few check-ins and questions; and an upcoming conference for each commune clerk.
// Only their times depend on the clock (rows of demo_schedule tell clock.ts how to move them on each start).
import { DEMO_ACCOUNT_SPECS } from './accounts.js';
import { CURRENT_CAMPAIGN_ID } from './study-current.js';
import { Book, unitName, vnIso, type Conf } from './study-book.js';
import type { PersonSeed } from './people.js';
import type { OrgSeed } from './orgs.js';

const MIN = 60_000;
const DAY = 86_400_000;
const VN = 7 * 3_600_000;

export type Anchor = 'now' | 'day';
/** The start a schedule rule gives at `now`: from the current minute, or from today's midnight in Vietnam. */
export function scheduledStart(anchor: Anchor, offsetMinutes: number, now: number): number {
  const base = anchor === 'now' ? Math.floor(now / MIN) * MIN : Math.floor((now + VN) / DAY) * DAY - VN;
  return base + offsetMinutes * MIN;
}
const local = (ms: number) => vnIso(ms).slice(0, 16).replace('T', ' ');

/** Who the member logins are: they are invited to the running conference and left to check themselves in. */
function memberOf(b: Book, username: string): PersonSeed {
  return DEMO_ACCOUNT_SPECS.find((a) => a.username === username)!.person!(b.ctx);
}

export const RUNNING_TITLE = 'Hội nghị trực tuyến quán triệt Nghị quyết 57-NQ/TW đến đảng viên xã Dân Lực và xã Hợp Thành';

const QUESTIONS_NOW: [string, boolean][] = [
  ['Chi bộ thôn chúng tôi chưa có máy tính, việc chuyển đổi số trong sinh hoạt chi bộ sẽ được hỗ trợ thế nào?', false],
  ['Đảng viên cao tuổi không dùng điện thoại thông minh thì điểm danh và nhận tài liệu bằng cách nào?', true],
  ['Xã có kế hoạch đào tạo kỹ năng số cho cán bộ thôn trong năm tới không?', false],
];

export function nowConferences(b: Book, now: number) {
  const { tree, cadres } = b.ctx;
  const d = tree.district;
  const danLuc = tree.byName('Đảng ủy xã Dân Lực');
  const hopThanh = tree.byName('Đảng ủy xã Hợp Thành');
  const docs = [b.doc('57-NQ/TW'), b.doc('68-NQ/TW')];
  const t57 = 'Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số';
  const members = [memberOf(b, 'dangvien.danluc').id, memberOf(b, 'dangvien.hopthanh').id];
  const others = b.presenters.filter((p) => !b.standing.includes(p));

  const runStart = scheduledStart('now', -30, now);
  const running = b.conference({ campaignId: CURRENT_CAMPAIGN_ID, org: d, tier: 'all_members', format: 'online', start: local(runStart), hours: 2.5,
    title: RUNNING_TITLE, hall: 'Hội trường Huyện ủy Triệu Sơn (điểm cầu chính)',
    audience: { rules: [{ kind: 'all_members', orgId: danLuc.id }, { kind: 'all_members', orgId: hopThanh.id }] },
    invitees: [...b.members(danLuc), ...b.members(hopThanh)], materials: docs,
    bridges: [danLuc, hopThanh].map((o) => ({ org: o, name: `Điểm cầu ${unitName(o)}` })),
    agenda: [[t57, cadres.presenter.id, 60], ['Chuyển đổi số trong sinh hoạt chi bộ ở thôn', others[1].id, 45], ['Thảo luận, giải đáp', null, 45]] });
  b.schedule.push({ conference_id: running.id, anchor: 'now', offset_minutes: -30 });
  const came = checkIns(b, running, now, members);
  // Questions from those present; the first one answered by the presenter, the others waiting for an answer.
  const askers = b.draw(running.invited.filter((p) => came.has(p.id)), QUESTIONS_NOW.length, new Set());
  QUESTIONS_NOW.forEach(([text, anonymous], i) => {
    const at = running.startsMs + (10 + i * 4) * MIN;
    b.questions.push({ id: b.questions.length + 1, conference_id: running.id, person_id: askers[i].id, presenter_person_id: cadres.presenter.id, anonymous, text,
      answer: i === 0 ? 'Huyện ủy sẽ cấp máy tính bảng cho các chi bộ thôn chưa có thiết bị; trong khi chờ, chi bộ dùng máy của nhà văn hóa.' : null,
      answered_by: i === 0 ? cadres.presenter.id : null, answered_at: i === 0 ? vnIso(at + 6 * MIN) : null, hidden: false, created_at: vnIso(at) });
  });

  // Each commune clerk's own conference, in the coming days.
  for (const [org, days, time] of [[danLuc, 1, 7 * 60 + 30], [hopThanh, 2, 14 * 60]] as const) {
    const offset = days * 24 * 60 + time;
    const c = b.conference({ campaignId: CURRENT_CAMPAIGN_ID, org, tier: 'all_members', format: 'in_person',
      start: local(scheduledStart('day', offset, now)), hours: 3,
      title: `Hội nghị chuyên đề chuyển đổi số trong sinh hoạt chi bộ — ${unitName(org)}`, hall: `Hội trường ${unitName(org)}`,
      audience: { rules: [{ kind: 'all_members', orgId: org.id }] }, invitees: b.members(org), materials: docs,
      agenda: [[t57, b.secretaryOf.get(org.id) ?? null, 60], ['Đăng ký việc làm của chi bộ và đảng viên', null, 60]] });
    b.schedule.push({ conference_id: c.id, anchor: 'day', offset_minutes: offset });
  }
  radioConference(b, danLuc, now, docs, t57);
}

const NOTES = ['Nghe qua loa truyền thanh thôn', 'Nghe đài phát thanh tại nhà', 'Bí thư chi bộ đến nhà đọc lại tài liệu', 'Nghe cùng gia đình'];

/**
 * A loudspeaker broadcast three evenings ago in Dân Lực for the members who do not come to the hall, and the cells'
 * listening records: most heard it (some with a note), a few were away. Built last, so nothing drawn before changes.
 */
function radioConference(b: Book, org: OrgSeed, now: number, docs: number[], topic: string) {
  const offset = -3 * 24 * 60 + 19 * 60;
  const c = b.conference({ campaignId: CURRENT_CAMPAIGN_ID, org, tier: 'all_members', format: 'radio',
    start: local(scheduledStart('day', offset, now)), hours: 1,
    title: `Phát thanh quán triệt Nghị quyết 57-NQ/TW qua loa truyền thanh — ${unitName(org)}`, hall: `Đài truyền thanh ${unitName(org)}`,
    audience: { rules: [{ kind: 'all_members', orgId: org.id }] }, invitees: b.members(org), materials: docs,
    agenda: [[topic, b.secretaryOf.get(org.id) ?? null, 45], ['Hỏi đáp qua đường dây nóng của xã', null, 15]] });
  b.schedule.push({ conference_id: c.id, anchor: 'day', offset_minutes: offset });
  for (const p of c.invited) {
    if (!b.rng.chance(0.7)) continue;
    const at = c.endsMs + b.rng.int(1, 36) * 3_600_000;
    b.attendance.push({ conference_id: c.id, person_id: p.id, bridge_point_id: c.bpOf.get(p.id) ?? null, checked_at: vnIso(c.startsMs),
      late_minutes: 0, method: 'listening', note: b.rng.chance(0.3) ? b.rng.pick(NOTES) : null, received_at: vnIso(Math.min(at, now)) });
  }
}

/** One draw, as before: the member's phone with the hall QR, a card or phone code scanned by staff, a name chosen. */
const methodOf = (x: number) => (x < 0.45 ? 'hall_qr' : x < 0.8 ? 'card' : 'manual');

/** About a third of the invitees at each point have checked in, some late; never the member logins, nor after now. */
function checkIns(b: Book, c: Conf, now: number, keepOut: number[]) {
  const came = new Set<number>();
  const latest = Math.floor((now - c.startsMs) / MIN) - 1;
  for (const p of c.invited) {
    if (keepOut.includes(p.id) || !b.rng.chance(0.35)) continue;
    const late = b.rng.chance(0.15);
    const minutes = late ? b.rng.int(1, Math.max(1, latest)) : -b.rng.int(1, 40);
    const at = c.startsMs + minutes * MIN + b.rng.int(0, 59) * 1000;
    b.attendance.push({ conference_id: c.id, person_id: p.id, bridge_point_id: c.bpOf.get(p.id) ?? null, checked_at: vnIso(at),
      late_minutes: Math.max(0, Math.floor((at - c.startsMs) / MIN)), method: methodOf(b.rng.float()), received_at: vnIso(at) });
    came.add(p.id);
  }
  return came;
}
