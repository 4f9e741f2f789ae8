// Province-scale benchmark data built in memory from a fixed seed (pure: same seed and "now" → same rows).
// 1 province ▸ 27 districts ▸ ~600 grassroots ▸ ~9,000 cells, + mass orgs under each district; ~250,000 members.
import { personName, type Gender } from '../server/demo/names.js';
import { Rng } from '../server/demo/rng.js';

export const BENCH_SEED = 0x0be4_c425;

export interface Sizes { districts: number; grassroots: number; cells: number; massOrgsPerDistrict: number; people: number; liveDistricts: number }

/** Full size at scale 1; smaller scales keep the shape (for quick runs of the harness itself). */
export function sizes(scale = 1): Sizes {
  const districts = scale >= 1 ? 27 : Math.max(3, Math.round(27 * scale));
  const grassroots = Math.max(districts * 2, Math.round(600 * scale));
  return {
    districts, grassroots, cells: Math.max(grassroots * 2, Math.round(9000 * scale)),
    massOrgsPerDistrict: 14, people: Math.round(250_000 * scale), liveDistricts: Math.min(3, Math.max(1, Math.floor(districts / 3))),
  };
}

export interface Org { id: number; parentId: number | null; path: string; name: string; kind: string; subkind: string | null; district: number }
export interface Person { id: number; orgId: number; fullName: string; gender: Gender; birthYear: number; categories: string[] }
export interface Conference {
  id: number; orgId: number; tier: string; title: string; format: string; startsAt: Date; endsAt: Date;
  hall: string; makeupOf: number | null; live: boolean;
}
export interface BridgePoint { id: number; conferenceId: number; orgId: number; name: string; isMain: boolean; capacity: number }
export interface Invitation { c: number; p: number; b: number }
export interface Attendance { c: number; p: number; b: number; at: string; late: number }
export interface Absence { c: number; p: number; excused: boolean }

export interface Dataset {
  orgs: Org[]; people: Person[]; conferences: Conference[]; bridgePoints: BridgePoint[];
  invitations: Invitation[]; attendance: Attendance[]; absences: Absence[];
  root: Org; commune: Org; liveConferenceIds: number[];
}

const MASS_ORGS: [string, string][] = [
  ['mttq', 'Ủy ban MTTQ'], ['youth_union', 'Đoàn Thanh niên'], ['women_union', 'Hội Liên hiệp Phụ nữ'],
  ['farmers_union', 'Hội Nông dân'], ['veterans_union', 'Hội Cựu chiến binh'],
];
const pad = (n: number) => String(n).padStart(2, '0');
const HOUR = 3_600_000;

export function buildDataset(scale: number, now: Date): Dataset {
  const rng = new Rng(BENCH_SEED);
  const sz = sizes(scale);
  const orgs: Org[] = [];
  const add = (parent: Org | null, name: string, kind: string, subkind: string | null, district: number): Org => {
    const id = orgs.length + 1;
    const org = { id, parentId: parent?.id ?? null, path: parent ? `${parent.path}.${id}` : String(id), name, kind, subkind, district };
    orgs.push(org);
    return org;
  };
  const root = add(null, 'Đảng bộ tỉnh (dữ liệu đo hiệu năng)', 'province', null, -1);
  const districts = Array.from({ length: sz.districts }, (_, d) => add(root, `Huyện ủy huyện ${pad(d + 1)}`, 'district', null, d));
  const grassroots: Org[] = [];
  for (let g = 0; g < sz.grassroots; g++) {
    const d = g % sz.districts;
    const subkind = rng.weighted([['commune', 70], ['ward', 10], ['agency', 20]] as const);
    const label = subkind === 'commune' ? 'Đảng ủy xã' : subkind === 'ward' ? 'Đảng ủy phường' : 'Đảng bộ cơ quan';
    grassroots.push(add(districts[d], `${label} ${pad(d + 1)}-${pad(Math.floor(g / sz.districts) + 1)}`, 'grassroots', subkind, d));
  }
  const cellsOf = new Map<number, Org[]>(grassroots.map((g) => [g.id, []]));
  for (let c = 0; c < sz.cells; c++) {
    const g = c < grassroots.length ? grassroots[c] : grassroots[rng.int(0, grassroots.length - 1)];
    const list = cellsOf.get(g.id)!;
    list.push(add(g, `Chi bộ ${g.subkind === 'agency' ? 'phòng' : 'thôn'} ${pad(list.length + 1)} (${g.name.split(' ').pop()})`, 'cell', null, g.district));
  }
  const massOrgs: Org[] = [];
  for (const d of districts) {
    for (let m = 0; m < sz.massOrgsPerDistrict; m++) {
      const [type, label] = MASS_ORGS[m % MASS_ORGS.length];
      massOrgs.push(add(d, `${label} ${m < MASS_ORGS.length ? 'huyện' : 'cụm'} ${pad(d.district + 1)}${m < MASS_ORGS.length ? '' : `-${m}`}`, 'mass_org', type, d.district));
    }
  }

  // Members spread over the cells in proportion to random weights, so cell sizes vary (10–45 as weights).
  const cells = orgs.filter((o) => o.kind === 'cell');
  const weights = cells.map(() => rng.int(10, 45));
  const total = weights.reduce((a, b) => a + b, 0);
  const people: Person[] = [];
  const peopleOf = new Map<number, Person[]>();
  let assigned = 0;
  cells.forEach((cell, i) => {
    const count = i === cells.length - 1 ? sz.people - assigned : Math.round((weights[i] * sz.people) / total);
    assigned += count;
    const list: Person[] = [];
    for (let k = 0; k < count; k++) {
      const gender: Gender = rng.chance(0.62) ? 'male' : 'female';
      const birthYear = rng.int(1945, 2003);
      const p = { id: people.length + 1, orgId: cell.id, fullName: personName(rng, gender, birthYear), gender, birthYear, categories: [] as string[] };
      people.push(p);
      list.push(p);
    }
    peopleOf.set(cell.id, list);
  });
  const members = (g: Org) => cellsOf.get(g.id)!.flatMap((c) => peopleOf.get(c.id)!);
  // Key cadres and presenters: the first members of each grassroots org.
  const keyCadres = new Map<number, Person[]>();
  const presenters = new Map<number, Person[]>();
  for (const g of grassroots) {
    const list = members(g);
    list.slice(0, 4).forEach((p) => p.categories.push('key_cadre'));
    list.slice(4, 5).forEach((p) => p.categories.push('presenter'));
    keyCadres.set(g.district, [...(keyCadres.get(g.district) ?? []), ...list.slice(0, 4)]);
    presenters.set(g.district, [...(presenters.get(g.district) ?? []), ...list.slice(4, 5)]);
  }

  const conferences: Conference[] = [];
  const bridgePoints: BridgePoint[] = [];
  const invitations: Invitation[] = [];
  const attendance: Attendance[] = [];
  const absences: Absence[] = [];
  const liveFrom = sz.districts - sz.liveDistricts;
  const addConference = (org: Org, tier: string, title: string, live: boolean, makeupOf: Conference | null = null) => {
    const hour = Math.floor(now.getTime() / HOUR) * HOUR;
    // Live conferences started a quarter of an hour ago; held ones days ago; a make-up session two days after its original.
    const startsAt = live ? new Date(now.getTime() - 15 * 60_000)
      : makeupOf ? new Date(makeupOf.startsAt.getTime() + 48 * HOUR) : new Date(hour - rng.int(3, 40) * 24 * HOUR);
    const c: Conference = {
      id: conferences.length + 1, orgId: org.id, tier, title, format: tier === 'key_cadre' ? 'hybrid' : 'in_person',
      startsAt, endsAt: new Date(startsAt.getTime() + 4 * HOUR), hall: `Hội trường ${org.name}`, makeupOf: makeupOf?.id ?? null, live,
    };
    conferences.push(c);
    return c;
  };
  const addBridge = (c: Conference, org: Org, isMain: boolean) => {
    const bp = { id: bridgePoints.length + 1, conferenceId: c.id, orgId: org.id, name: isMain ? c.hall : `Điểm cầu ${org.name}`, isMain, capacity: 500 };
    bridgePoints.push(bp);
    return bp;
  };
  /** Invites people (each to its given bridge point) and, for a held conference, records who came and who was excused. */
  const invite = (c: Conference, list: [Person, BridgePoint][], rate: number): Person[] => {
    const absent: Person[] = [];
    for (const [p, bp] of list) {
      invitations.push({ c: c.id, p: p.id, b: bp.id });
      if (c.live) continue;
      if (rng.chance(rate)) {
        const offset = rng.int(-25, 20);
        attendance.push({ c: c.id, p: p.id, b: bp.id, at: new Date(c.startsAt.getTime() + offset * 60_000).toISOString(), late: Math.max(0, offset) });
      } else {
        absent.push(p);
        if (rng.chance(0.5)) absences.push({ c: c.id, p: p.id, excused: true });
      }
    }
    return absent;
  };

  for (const t of ['key_cadre', 'presenters_staff']) {
    const c = addConference(root, t, `Hội nghị ${t === 'key_cadre' ? 'cán bộ chủ chốt' : 'báo cáo viên'} toàn tỉnh`, false);
    const main = addBridge(c, root, true);
    const byDistrict = new Map(districts.map((d) => [d.district, addBridge(c, d, false)]));
    const source = t === 'key_cadre' ? keyCadres : presenters;
    invite(c, [...source.entries()].flatMap(([d, list]) => list.map((p) => [p, byDistrict.get(d) ?? main] as [Person, BridgePoint])), 0.97);
  }
  for (const d of districts) {
    for (const [t, source] of [['key_cadre', keyCadres], ['presenters_staff', presenters]] as const) {
      const c = addConference(d, t, `Hội nghị ${t === 'key_cadre' ? 'cán bộ chủ chốt' : 'báo cáo viên'} ${d.name}`, false);
      const bp = addBridge(c, d, true);
      invite(c, (source.get(d.district) ?? []).map((p) => [p, bp]), 0.96);
    }
  }
  for (const m of massOrgs) {
    const c = addConference(m, 'mass_org', `Hội nghị quán triệt ${m.name}`, false);
    const bp = addBridge(c, m, true);
    const pool = grassroots.filter((g) => g.district === m.district).flatMap((g) => cellsOf.get(g.id)!.slice(0, 1)).flatMap((cell) => peopleOf.get(cell.id)!.slice(5, 7));
    invite(c, pool.slice(0, 30).map((p) => [p, bp]), 0.9);
  }
  // Every member is invited to the all-members conference of their grassroots org; large ones hold two sessions.
  const liveConferenceIds: number[] = [];
  for (const g of grassroots) {
    const gCells = cellsOf.get(g.id)!;
    const sessions = members(g).length > 420 ? [gCells.slice(0, Math.ceil(gCells.length / 2)), gCells.slice(Math.ceil(gCells.length / 2))] : [gCells];
    sessions.forEach((sessionCells, s) => {
      const live = g.district >= liveFrom;
      const c = addConference(g, 'all_members', `Hội nghị quán triệt toàn thể đảng viên ${g.name}${sessions.length > 1 ? ` (đợt ${s + 1})` : ''}`, live);
      if (live) liveConferenceIds.push(c.id);
      const main = addBridge(c, g, true);
      const extra = new Map(sessionCells.slice(0, 2).map((cell) => [cell.id, addBridge(c, cell, false)]));
      const absent = invite(c, sessionCells.flatMap((cell) => peopleOf.get(cell.id)!.map((p) => [p, extra.get(cell.id) ?? main] as [Person, BridgePoint])), 0.95);
      if (live || !absent.length) return;
      const mk = addConference(g, 'all_members', `Học tập bù ${c.title}`, false, c);
      const mkBp = addBridge(mk, g, true);
      invite(mk, absent.map((p) => [p, mkBp]), 0.7);
    });
  }
  const commune = grassroots.find((g) => g.subkind === 'commune' && g.district === 0) ?? grassroots[0];
  return { orgs, people, conferences, bridgePoints, invitations, attendance, absences, root, commune, liveConferenceIds };
}
