// Who holds which position: the district standing committee, each grassroots committee, cell secretaries,
// mass-organization chairs; and the categories that follow (key cadres, presenters, lecturers...).
import type { OrgSeed, OrgTree } from './orgs.js';
import type { PeopleData, PersonSeed } from './people.js';
import type { Rng } from './rng.js';

export interface PositionSeed { personId: number; orgId: number; title: string; startedOn: string }

export const PRESENTER_COUNT = 40;
/** The article's audiences: ~1,353 key cadres invited to the online conference, ~351 presenters and propaganda staff. */
export const KEY_CADRE_TARGET = 1353;
export const STAFF_TARGET = 351;
export const STAFF_CATEGORIES = ['presenter', 'collaborator', 'lecturer', 'propaganda_staff'];
const DISTRICT_TERM = '2020-08-20';
const GRASSROOTS_TERM = '2020-06-15';
const CELL_TERM = '2022-08-01';
const MASS_ORG_TERM = '2022-10-01';

export interface Cadres {
  positions: PositionSeed[];
  districtSecretary: PersonSeed;
  propagandaHead: PersonSeed;
  presenter: PersonSeed;
}

export function assignCadres(rng: Rng, tree: OrgTree, data: PeopleData): Cadres {
  const positions: PositionSeed[] = [];
  const taken = new Set<number>();
  const year = (p: PersonSeed) => Number(p.birthDate.slice(0, 4));

  /** An unused party member of these units, preferably born within the range. */
  const pick = (orgs: OrgSeed[], born: [number, number], test: (p: PersonSeed) => boolean = () => true): PersonSeed => {
    const pool = orgs.flatMap((o) => data.byOrg.get(o.id) ?? []).filter((p) => p.partyStatus === 'official' && !taken.has(p.id));
    const fit = pool.filter((p) => year(p) >= born[0] && year(p) <= born[1] && test(p));
    const list = fit.length ? fit : pool;
    if (!list.length) throw new Error(`demo: no one left to pick in ${orgs.map((o) => o.name).join(', ')}`);
    const p = list[rng.int(0, list.length - 1)];
    taken.add(p.id);
    return p;
  };
  const hold = (p: PersonSeed, org: OrgSeed, title: string, startedOn: string, key = true) => {
    positions.push({ personId: p.id, orgId: org.id, title, startedOn });
    if (key) p.categories.add('key_cadre');
  };
  const childCells = (g: OrgSeed) => tree.cells.filter((c) => c.parentId === g.id);
  const CADRE_AGE: [number, number] = [1965, 1988];

  // District standing committee (13), drawn from the district agencies where its members work.
  const d = tree.district;
  const office = tree.byTag('office');
  const propagandaCell = tree.byTag('propaganda');
  const govCells = childCells(tree.byName('Đảng bộ Cơ quan Chính quyền huyện'));
  const standing: PersonSeed[] = [];
  const districtSecretary = pick([office], CADRE_AGE);
  hold(districtSecretary, d, 'secretary', DISTRICT_TERM);
  const deputy1 = pick([office], CADRE_AGE);
  hold(deputy1, d, 'deputy_secretary', DISTRICT_TERM);
  const deputy2 = pick([govCells[0]], CADRE_AGE); // chủ tịch UBND huyện
  hold(deputy2, d, 'deputy_secretary', DISTRICT_TERM);
  standing.push(districtSecretary, deputy1, deputy2);
  const propagandaHead = pick([propagandaCell], CADRE_AGE);
  const standingFrom: OrgSeed[] = [
    tree.byTag('organization'), tree.byTag('inspection'), tree.byTag('mass'), tree.byTag('mass'), office, govCells[0], govCells[0],
    childCells(tree.byName('Đảng bộ Công an huyện'))[0], childCells(tree.byName('Đảng bộ Quân sự huyện'))[0],
  ];
  hold(propagandaHead, d, 'standing_member', DISTRICT_TERM);
  standing.push(propagandaHead);
  for (const org of standingFrom) {
    const p = pick([org], CADRE_AGE);
    hold(p, d, 'standing_member', DISTRICT_TERM);
    standing.push(p);
  }

  // Grassroots committees.
  const secretaries: PersonSeed[] = [];
  const grassrootsDeputies: PersonSeed[] = [];
  for (const g of tree.grassroots) {
    const isCommune = g.subkind === 'commune' || g.subkind === 'town';
    const own = g.profile ? [g] : childCells(g);
    // Commune leaders mostly sit in the commune office cell; agencies draw from all their cells.
    const core = isCommune ? own.filter((c) => c.name.startsWith('Chi bộ Cơ quan')) : own;
    const sec = pick(core, CADRE_AGE);
    hold(sec, g, 'secretary', GRASSROOTS_TERM);
    secretaries.push(sec);
    const deputies = isCommune ? 2 : 1;
    for (let i = 0; i < deputies; i++) {
      const dep = pick(i === 0 ? core : own, CADRE_AGE);
      hold(dep, g, 'deputy_secretary', GRASSROOTS_TERM);
      grassrootsDeputies.push(dep);
      if (i === 0) dep.categories.add('propaganda_staff'); // the deputy in charge of propaganda work
    }
    if (isCommune) hold(pick(core, CADRE_AGE), g, 'standing_member', GRASSROOTS_TERM);
    const committee = isCommune ? rng.int(7, 10) : g.profile ? 1 : rng.int(3, 5);
    for (let i = 0; i < committee; i++) hold(pick(own, [1960, 1992]), g, 'committee_member', GRASSROOTS_TERM);
    // Social-opinion collaborators: two per commune, one per agency.
    for (let i = 0; i < (isCommune ? 2 : 1); i++) pick(own, [1950, 1990]).categories.add('collaborator');
  }

  // Cell secretaries (a chi bộ cơ sở's secretary is already its grassroots secretary).
  for (const cell of tree.cells) hold(pick([cell], [1955, 1990]), cell, 'secretary', CELL_TERM);

  // District party committee members beyond the standing committee: commune and agency secretaries.
  for (const p of secretaries.slice(0, 22)) hold(p, d, 'committee_member', DISTRICT_TERM);

  // Mass-organization chairs, party members of the same commune (district ones from the mass-org cell).
  const chairTest: Record<string, (p: PersonSeed) => boolean> = {
    women_union: (p) => p.gender === 'female',
    youth_union: (p) => year(p) >= 1988,
    veterans: (p) => p.gender === 'male' && year(p) <= 1975,
  };
  for (const mo of tree.massOrgs) {
    const from = mo.grassrootsId ? tree.cells.filter((c) => c.grassrootsId === mo.grassrootsId) : [tree.byTag('mass')];
    const chair = pick(from, mo.subkind === 'veterans' ? [1950, 1975] : [1962, 1995], chairTest[mo.subkind ?? '']);
    hold(chair, mo, 'chair', MASS_ORG_TERM);
    if (mo.grassrootsId) data.memberships.push({ personId: chair.id, orgId: mo.id, joinedOn: MASS_ORG_TERM });
    chair.categories.add('mass_org_member');
  }

  // Propaganda commission staff and political-centre lecturers.
  const propagandaStaff = data.byOrg.get(propagandaCell.id)!;
  for (const p of propagandaStaff) p.categories.add('propaganda_staff');
  const lecturers = data.byOrg.get(tree.byTag('political_center').id)!;
  for (const p of lecturers) p.categories.add('lecturer');
  // Part-time lecturers from the standing committee.
  for (const p of standing.slice(0, 4)) p.categories.add('lecturer');

  // Presenters (báo cáo viên): the standing committee, propaganda staff, lecturers, then grassroots secretaries.
  const presenters = new Set<PersonSeed>();
  const candidates = [...standing, ...propagandaStaff.slice(0, 8), ...lecturers.slice(0, 6), ...secretaries, ...grassrootsDeputies];
  for (const p of candidates) {
    if (presenters.size >= PRESENTER_COUNT) break;
    presenters.add(p);
  }
  for (const p of presenters) p.categories.add('presenter');
  const presenter = lecturers.find((p) => presenters.has(p))!;

  topUp(tree, data, positions, taken);

  return { positions, districtSecretary, propagandaHead, presenter };
}

/**
 * Brings the two audiences to the article's sizes without drawing from the generator (so everything generated
 * after the cadres stays the same): deputy secretaries of the largest village cells become key cadres, and more
 * social-opinion collaborators are named round the grassroots organizations. Choices follow creation order.
 */
function topUp(tree: OrgTree, data: PeopleData, positions: PositionSeed[], taken: Set<number>) {
  const count = (test: (p: PersonSeed) => boolean) => data.people.filter(test).length;
  const free = (org: OrgSeed, born: [number, number], test: (p: PersonSeed) => boolean) => (data.byOrg.get(org.id) ?? []).find((p) => {
    const y = Number(p.birthDate.slice(0, 4));
    return p.partyStatus === 'official' && !taken.has(p.id) && y >= born[0] && y <= born[1] && test(p);
  });

  let need = KEY_CADRE_TARGET - count((p) => p.categories.has('key_cadre'));
  if (need < 0) throw new Error(`demo: ${-need} key cadres too many`);
  const villages = tree.cells.filter((c) => c.tag === 'village')
    .map((c) => ({ c, n: data.byOrg.get(c.id)?.length ?? 0 })).sort((a, b) => b.n - a.n || a.c.id - b.c.id);
  for (const { c } of villages) {
    if (need === 0) break;
    const p = free(c, [1960, 1990], () => true);
    if (!p) continue;
    taken.add(p.id);
    positions.push({ personId: p.id, orgId: c.id, title: 'deputy_secretary', startedOn: CELL_TERM });
    p.categories.add('key_cadre');
    need--;
  }
  if (need) throw new Error('demo: not enough key cadres');

  const isStaff = (p: PersonSeed) => STAFF_CATEGORIES.some((c) => p.categories.has(c));
  need = STAFF_TARGET - count(isStaff);
  if (need < 0) throw new Error(`demo: ${-need} propaganda staff too many`);
  const pools = tree.grassroots.map((g) => (g.profile ? [g] : tree.cells.filter((c) => c.parentId === g.id)));
  for (let round = 0; need > 0 && round < 20; round++) {
    for (const cells of pools) {
      if (need === 0) break;
      const p = cells.map((c) => free(c, [1955, 1992], (x) => !isStaff(x))).find(Boolean);
      if (!p) continue;
      p.categories.add('collaborator');
      need--;
    }
  }
  if (need) throw new Error('demo: not enough collaborators');
}
