// A campaign under way (deadline 31/01/2027): the key cadres have met, the presenters are scheduled, and the
// grassroots organizations are at every stage — held on time or late, scheduled, not yet scheduled, a few overdue.
import { addDays } from './rng.js';
import { Book, unitName, type Conf } from './study-book.js';

export const CURRENT_CAMPAIGN_ID = 2;
const DEADLINE = '2027-01-31';
/** Pilot units were asked to finish by mid-November; those that have not are overdue. */
const PILOT_DEADLINE = '2026-11-15';

export function currentCampaign(b: Book) {
  const { tree, cadres } = b.ctx;
  const rng = b.rng;
  const k = CURRENT_CAMPAIGN_ID;
  const d = tree.district;
  const docs = [b.doc('57-NQ/TW'), b.doc('68-NQ/TW')];
  b.campaign({ id: k, documentIds: docs, deadline: DEADLINE, levelOffsets: { grassroots: 10, cell: 0 }, status: 'active', createdAt: '2026-10-05T08:00:00+07:00',
    title: 'Học tập, quán triệt và triển khai Nghị quyết số 57-NQ/TW và Nghị quyết số 68-NQ/TW (sơ kết, bổ sung)',
    description: 'Tiếp tục quán triệt đến toàn thể cán bộ, đảng viên; mỗi tổ chức cơ sở đảng xây dựng chương trình hành động về chuyển đổi số và phát triển kinh tế tư nhân.' });
  const t57 = 'Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số';
  const t68 = 'Nghị quyết số 68-NQ/TW về phát triển kinh tế tư nhân';
  const others = b.presenters.filter((p) => !b.standing.includes(p));
  const absent = () => (rng.chance(0.012) ? b.reason() : null);

  const police = tree.byName('Đảng bộ Công an huyện');
  const key = b.conference({ campaignId: k, org: d, tier: 'key_cadre', format: 'online', start: '2026-10-20 07:30', hours: 4,
    title: 'Hội nghị trực tuyến cán bộ chủ chốt quán triệt Nghị quyết 57-NQ/TW và 68-NQ/TW',
    hall: 'Hội trường Huyện ủy Triệu Sơn (điểm cầu chính)', audience: { rules: [{ kind: 'key_cadres', orgId: d.id }] },
    invitees: b.keyCadres(d), materials: docs, bridges: [...tree.communes, police].map((o) => ({ org: o, name: `Điểm cầu ${unitName(o)}` })),
    agenda: [['Khai mạc hội nghị', cadres.districtSecretary.id, 10], [t57, b.standing[3].id, 90], [t68, cadres.presenter.id, 90],
      ['Kế hoạch triển khai của Huyện ủy; bế mạc', cadres.propagandaHead.id, 30]] });
  b.attend(key, absent, 'card');
  b.conference({ campaignId: k, org: d, tier: 'presenters_staff', format: 'in_person', start: '2026-12-08 07:30', hours: 3.5,
    title: 'Hội nghị bồi dưỡng báo cáo viên, cộng tác viên về Nghị quyết 57-NQ/TW và 68-NQ/TW', hall: 'Hội trường Trung tâm Chính trị huyện',
    audience: { rules: [{ kind: 'presenters_staff', orgId: d.id }] }, invitees: b.staff(d), materials: docs,
    agenda: [[t57, b.standing[4].id, 75], [t68, cadres.presenter.id, 75]] });

  // Grassroots organizations, in a fixed shuffled order: 26 held on time, 3 late, 4 overdue, 14 scheduled, 11 not yet.
  const order = b.draw(tree.grassroots, tree.grassroots.length, new Set());
  const held: Conf[] = [];
  let turn = 0;
  order.forEach((g, i) => {
    const stage = i < 26 ? 'held' : i < 29 ? 'late' : i < 33 ? 'overdue' : i < 47 ? 'scheduled' : 'none';
    if (stage === 'late' || stage === 'overdue') b.deadlines.push({ campaignId: k, orgId: g.id, tier: 'all_members', deadline: PILOT_DEADLINE });
    if (stage === 'overdue') {
      b.reminders.push({ campaignId: k, orgId: g.id, tier: 'all_members', sentAt: '2026-11-18T09:00:00+07:00',
        message: 'Đề nghị đồng chí Bí thư khẩn trương tổ chức hội nghị quán triệt, báo cáo kết quả về Ban Tuyên giáo Huyện ủy.' });
    }
    if (stage === 'none' || (stage === 'overdue' && i < 31)) return;
    const day = stage === 'held' ? rng.date('2026-10-26', '2026-11-18') : stage === 'late' ? rng.date('2026-11-16', '2026-11-19')
      : rng.date('2026-12-01', '2027-01-15');
    const c = b.conference({ campaignId: k, org: g, tier: 'all_members', format: 'in_person', start: `${day} ${rng.pick(['07:30', '14:00'])}`, hours: 3,
      title: `Hội nghị quán triệt Nghị quyết 57-NQ/TW và 68-NQ/TW — ${unitName(g)}`, hall: `Hội trường ${unitName(g)}`,
      audience: { rules: [{ kind: 'all_members', orgId: g.id }] }, invitees: b.members(g), materials: docs,
      agenda: [[t57, b.standing[turn++ % b.standing.length].id, 60], [t68, others[turn++ % others.length].id, 60], ['Thảo luận chương trình hành động', null, 45]] });
    if (stage === 'held' || stage === 'late') {
      b.attend(c, absent, () => { const x = rng.float(); return x < 0.45 ? 'card' : x < 0.85 ? 'hall_qr' : 'manual'; }, 0.05);
      held.push(c);
    }
  });
  // The cells of the first three communes that met have met too; one commune's mass organizations as well.
  const first = held.filter((c) => c.org.subkind === 'commune').slice(0, 3);
  for (const g of first) {
    for (const cell of tree.cells.filter((x) => x.parentId === g.org.id)) {
      const c = b.conference({ campaignId: k, org: cell, tier: 'all_members', format: 'in_person', start: `${addDays(b.day(g), rng.int(1, 2))} 19:30`, hours: 2,
        title: 'Sinh hoạt chi bộ chuyên đề về chuyển đổi số và kinh tế tư nhân', hall: `Nhà văn hóa ${unitName(cell)}`,
        audience: { rules: [{ kind: 'all_members', orgId: cell.id }] }, invitees: b.members(cell), materials: docs,
        agenda: [['Đăng ký việc làm thực hiện nghị quyết', null, 90]] });
      b.attend(c, absent, 'roll_call', 0.05);
    }
  }
  if (first[0]) {
    for (const mo of tree.massOrgs.filter((x) => x.grassrootsId === first[0].org.id)) {
      const c = b.conference({ campaignId: k, org: mo, tier: 'mass_org', format: 'in_person', start: `${addDays(b.day(first[0]), 3)} 14:00`, hours: 2,
        title: 'Hội nghị đoàn viên, hội viên tìm hiểu Nghị quyết 68-NQ/TW', hall: `Hội trường ${mo.name}`,
        audience: { rules: [{ kind: 'mass_org', orgId: mo.id }] }, invitees: b.massMembers(mo), materials: [docs[1]],
        agenda: [[t68, null, 90]] });
      b.attend(c, absent, 'roll_call', 0.05);
    }
  }
  return { key, held, late: new Set(order.slice(26, 29).map((g) => g.id)) };
}
