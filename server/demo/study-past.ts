// The seed article's campaign (early 2024): the district congress resolution and 43-NQ/TW, studied by key cadres online
// at 36 bridge points (1,350 present), by presenters and propaganda staff in person (350 present), by every grassroots
// organization, cell and mass organization — 99.8% of everyone invited took part, make-up session included.
import { STAFF_CATEGORIES } from './cadres.js';
import type { PersonSeed } from './people.js';
import { addDays } from './rng.js';
import { Book, unitName, type Absence, type Conf } from './study-book.js';

export const PAST_CAMPAIGN_ID = 1;
export const KEY_PRESENT = 1350;
export const STAFF_PRESENT = 350;
export const PARTICIPATION = 0.998;
export const MAKEUP_COMMUNE = 'Đảng ủy xã Dân Lực';
const TET = ['2024-02-08', '2024-02-14'];
const DEADLINE = '2024-02-29';

export function pastCampaign(b: Book) {
  const { tree, cadres } = b.ctx;
  const rng = b.rng;
  const k = PAST_CAMPAIGN_ID;
  const d = tree.district;
  const docs = [b.doc('01-NQ/HU'), b.doc('43-NQ/TW')];
  b.campaign({ id: k, documentIds: docs, deadline: DEADLINE, levelOffsets: { grassroots: 15, cell: 0 }, status: 'closed', createdAt: '2023-12-20T08:00:00+07:00',
    title: 'Học tập, quán triệt Nghị quyết Đại hội Đảng bộ huyện lần thứ XVIII (sơ kết giữa nhiệm kỳ) và Nghị quyết số 43-NQ/TW',
    description: 'Học tập theo 4 cấp độ: cán bộ chủ chốt (trực tuyến 36 điểm cầu), báo cáo viên và cán bộ tuyên giáo, đoàn viên và hội viên, toàn thể cán bộ, đảng viên ở cơ sở.' });
  const lead = 'Quán triệt Nghị quyết Đại hội Đảng bộ huyện lần thứ XVIII: kết quả nửa nhiệm kỳ, nhiệm vụ trọng tâm';
  const nq43 = 'Quán triệt Nghị quyết số 43-NQ/TW về phát huy sức mạnh đại đoàn kết toàn dân tộc';
  const others = b.presenters.filter((p) => !b.standing.includes(p));
  let turn = 0;
  const next = () => turn++;

  // 1. Key cadres, online: the main hall and 35 bridge points (every commune and town, and the district police).
  const police = tree.byName('Đảng bộ Công an huyện');
  const key = b.conference({ campaignId: k, org: d, tier: 'key_cadre', format: 'online', start: '2024-01-09 07:30', hours: 4,
    title: 'Hội nghị trực tuyến cán bộ chủ chốt học tập, quán triệt Nghị quyết Đại hội XVIII và Nghị quyết 43-NQ/TW',
    hall: 'Hội trường Huyện ủy Triệu Sơn (điểm cầu chính)', audience: { rules: [{ kind: 'key_cadres', orgId: d.id }] },
    invitees: b.keyCadres(d), materials: docs,
    bridges: [...tree.communes, police].map((o) => ({ org: o, name: `Điểm cầu ${unitName(o)}` })),
    agenda: [['Khai mạc hội nghị', cadres.districtSecretary.id, 10], [lead, b.standing[1].id, 90], [nq43, cadres.presenter.id, 90],
      ['Triển khai kế hoạch học tập và chương trình hành động; bế mạc', cadres.propagandaHead.id, 30]] });
  // 2. Presenters, collaborators, lecturers and propaganda staff, in person.
  const staff = b.conference({ campaignId: k, org: d, tier: 'presenters_staff', format: 'in_person', start: '2024-01-11 07:30', hours: 3.5,
    title: 'Hội nghị báo cáo viên, cộng tác viên dư luận xã hội, giảng viên và cán bộ tuyên giáo',
    hall: 'Hội trường Trung tâm Chính trị huyện', audience: { rules: [{ kind: 'presenters_staff', orgId: d.id }] },
    invitees: b.staff(d), materials: docs,
    agenda: [[lead, b.standing[2].id, 60], [nq43, cadres.presenter.id, 60], ['Định hướng tuyên truyền và nắm bắt dư luận xã hội', cadres.propagandaHead.id, 60]] });

  // 3. Each grassroots organization for all its members: three of them late, ten communes hybrid with bridge points at villages.
  const late = new Set(b.draw(tree.communes, 3, new Set()).map((x) => x.id));
  const hybrid = new Set(b.draw(tree.communes, 10, new Set([...late])).map((x) => x.id));
  const grassroots = new Map<number, Conf>();
  for (const g of tree.grassroots) {
    const commune = g.subkind === 'commune' || g.subkind === 'town';
    const day = late.has(g.id) ? rng.date('2024-02-19', '2024-02-23') : rng.date('2024-01-15', '2024-02-06');
    const villages = tree.cells.filter((c) => c.parentId === g.id && c.tag === 'village');
    const bridges = hybrid.has(g.id) ? villages.slice(-rng.int(2, 3)).map((c) => ({ org: c, name: `Điểm cầu nhà văn hóa ${unitName(c)}` })) : [];
    grassroots.set(g.id, b.conference({ campaignId: k, org: g, tier: 'all_members', format: bridges.length ? 'hybrid' : 'in_person',
      start: `${day} ${rng.pick(['07:30', '08:00', '13:30', '14:00'])}`, hours: 3.5,
      title: `Hội nghị học tập, quán triệt Nghị quyết Đại hội XVIII và Nghị quyết 43-NQ/TW — ${unitName(g)}`,
      hall: commune ? `Hội trường ${g.subkind === 'town' ? 'thị trấn' : 'xã'} ${g.shortName?.replace(/^TT /, '')}` : `Hội trường ${unitName(g)}`,
      audience: { rules: [{ kind: 'all_members', orgId: g.id }] }, invitees: b.members(g), bridges, materials: docs,
      agenda: [[lead, b.standing[next() % b.standing.length].id, 75], [nq43, others[next() % others.length].id, 60],
        ['Thảo luận, xây dựng chương trình hành động của đơn vị', null, 45]] }));
  }
  // 4. Each cell after its committee's conference (Tết excepted); two cells late.
  const cells = new Map<number, Conf>();
  const lateCells = new Set(b.draw(tree.cells, 2, new Set()).map((x) => x.id));
  for (const c of tree.cells) {
    const from = addDays(b.day(grassroots.get(c.parentId!)!), 2);
    let day = lateCells.has(c.id) ? '2024-03-04' : rng.date(from, addDays(from, 10));
    if (day >= TET[0] && day <= TET[1]) day = addDays(TET[1], rng.int(1, 5));
    if (day > DEADLINE && !lateCells.has(c.id)) day = DEADLINE;
    const village = c.tag === 'village';
    cells.set(c.id, b.conference({ campaignId: k, org: c, tier: 'all_members', format: 'in_person', start: `${day} ${village ? '19:30' : '14:00'}`, hours: 2,
      title: 'Sinh hoạt chi bộ chuyên đề: thảo luận, cụ thể hóa nghị quyết vào nhiệm vụ của chi bộ',
      hall: village ? `Nhà văn hóa ${unitName(c)}` : `Phòng họp ${unitName(c)}`,
      audience: { rules: [{ kind: 'all_members', orgId: c.id }] }, invitees: b.members(c), materials: docs,
      agenda: [['Đăng ký việc làm cụ thể thực hiện nghị quyết', null, 90]] }));
  }
  // 5. Mass organizations: the district ones for the chairs of their commune branches, the commune ones for their members.
  const mass = new Map<number, Conf>();
  const chairs = new Map(cadres.positions.filter((p) => p.title === 'chair').map((p) => [p.orgId, p.personId]));
  const person = new Map(b.ctx.people.people.map((p) => [p.id, p]));
  for (const mo of tree.massOrgs) {
    const district = !mo.grassrootsId;
    const invitees = district
      ? tree.massOrgs.filter((x) => x.subkind === mo.subkind).map((x) => person.get(chairs.get(x.id)!)!)
      : b.massMembers(mo);
    const day = district ? rng.date('2024-01-15', '2024-01-19') : rng.chance(0.02) ? rng.date('2024-02-19', '2024-02-23') : rng.date('2024-01-20', '2024-02-06');
    mass.set(mo.id, b.conference({ campaignId: k, org: mo, tier: 'mass_org', format: 'in_person', start: `${day} ${district ? '08:00' : '14:00'}`, hours: 2.5,
      title: district ? 'Hội nghị cán bộ đoàn thể quán triệt Nghị quyết 43-NQ/TW' : 'Hội nghị đoàn viên, hội viên quán triệt Nghị quyết 43-NQ/TW',
      hall: district ? `Hội trường ${mo.name}` : `Hội trường ${mo.name.replace(/^(Ủy ban MTTQ|Đoàn TNCS Hồ Chí Minh|Hội LHPN|Hội Nông dân|Hội CCB|Công đoàn cơ sở) /, 'UBND ')}`,
      audience: district ? { personIds: invitees.map((p) => p.id) } : { rules: [{ kind: 'mass_org', orgId: mo.id }] },
      invitees, materials: [docs[1]], agenda: [[nq43, null, 90], ['Trách nhiệm của đoàn viên, hội viên', null, 30]] }));
  }

  // Who is absent. Everyone invited takes part somewhere except `never` (the 0.2%); the other absentees came
  // to another session of the campaign, and `makeup` came only to the make-up session.
  const mine = new Set(b.conferences.filter((c) => c.campaign_id === k).map((c) => c.id as number));
  const invited = new Set(b.invitations.filter((i) => mine.has(i.conference_id as number)).map((i) => i.person_id as number));
  const used = new Set<number>();
  const isStaff = (p: PersonSeed) => p.categories.has('key_cadre') || STAFF_CATEGORIES.some((c) => p.categories.has(c));
  const x = tree.byName(MAKEUP_COMMUNE);
  const xMembers = b.members(x).filter((p) => !isStaff(p));
  const inX = new Set((b.under.get(x.id) ?? []).map((p) => p.id));
  const elsewhere = b.ctx.people.people.filter((p) => invited.has(p.id) && !isStaff(p) && !inX.has(p.id));
  const neverCount = Math.round((1 - PARTICIPATION) * invited.size);
  const never = [...b.draw(xMembers, 3, used), ...b.draw(elsewhere, neverCount - 3, used)];
  const makeup = b.draw(xMembers, 6, used);
  const inCells = (p: PersonSeed) => b.org.get(p.orgId)!.kind === 'cell' && p.partyStatus !== null;
  const awayGrassroots = new Set(b.draw(elsewhere.filter(inCells), 30, used).map((p) => p.id));
  const awayCell = new Set(b.draw(elsewhere.filter(inCells), 40, used).map((p) => p.id));
  const awayMass = new Set(b.draw(elsewhere.filter((p) => p.partyStatus !== null && b.hasMembership(p)), 20, used).map((p) => p.id));
  const keyAway = new Set(b.draw(key.invited, key.invited.length - KEY_PRESENT, used).map((p) => p.id));
  const staffAway = new Set(b.draw(staff.invited, staff.invited.length - STAFF_PRESENT, used).map((p) => p.id));
  const why = new Map<number, Absence>();
  for (const p of [...never, ...makeup]) why.set(p.id, b.reason());
  const excused = (): Absence => rng.weighted([[{ excused: true, reason: 'Đi công tác' }, 2], [{ excused: true, reason: 'Ốm' }, 1], [{ excused: true, reason: 'Việc gia đình' }, 1]] as const);
  const absentIf = (set: Set<number>) => (p: PersonSeed): Absence | null => why.get(p.id) ?? (set.has(p.id) ? excused() : null);

  // One draw, as before, so the rest of the seeded data is unchanged: staff scans, the members' phones, a few by name.
  const card = () => { const x = rng.float(); return x < 0.55 ? 'card' : x < 0.85 ? 'hall_qr' : 'manual'; };
  b.attend(key, absentIf(keyAway), 'card');
  b.attend(staff, absentIf(staffAway), 'card', 0.02);
  for (const c of grassroots.values()) b.attend(c, absentIf(awayGrassroots), card, 0.04);
  for (const c of cells.values()) b.attend(c, absentIf(awayCell), 'roll_call', 0.05);
  for (const c of mass.values()) b.attend(c, absentIf(awayMass), 'roll_call', 0.05);

  // The make-up session in the commune, for those of its absentees who had not yet made up.
  const xc = grassroots.get(x.id)!;
  const owed = b.members(x).filter((p) => why.has(p.id));
  let makeupDay = addDays(b.day(xc), 9);
  if (makeupDay >= TET[0] && makeupDay <= TET[1]) makeupDay = addDays(TET[1], 2);
  const mk = b.conference({ campaignId: k, org: x, tier: 'all_members', format: 'in_person', start: `${makeupDay} 14:00`, hours: 2,
    title: 'Hội nghị học bù: quán triệt Nghị quyết Đại hội XVIII và Nghị quyết 43-NQ/TW', hall: `Phòng họp ${x.name}`,
    audience: { personIds: owed.map((p) => p.id) }, invitees: owed, makeupOf: xc.id, materials: docs,
    agenda: [[lead, b.standing[0].id, 60], [nq43, others[0].id, 45]] });
  const back = new Set(makeup.map((p) => p.id));
  b.attend(mk, (p) => (back.has(p.id) ? null : why.get(p.id)!), 'card', 0);

  // The figure must come out of the records; stop the seed if the arithmetic above ever drifts.
  mine.add(mk.id);
  const came = new Set(b.attendance.filter((a) => mine.has(a.conference_id as number)).map((a) => a.person_id as number));
  const rate = Math.round(([...invited].filter((id) => came.has(id)).length / invited.size) * 1000) / 10;
  const want = Math.round(PARTICIPATION * 1000) / 10;
  if (rate !== want) throw new Error(`demo: participation ${rate}% instead of ${want}%`);
  return { key, staff, grassroots: [...grassroots.values()], late };
}
