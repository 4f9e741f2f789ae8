// Party members of every cell, plus non-member mass-organization members of each commune.
import { fold } from '../core/vn.js';
import { personName, type Gender } from './names.js';
import type { OrgSeed, OrgTree, Profile } from './orgs.js';
import { addDays, addYears, type Rng } from './rng.js';

/** "Today" for the demo data: ages, probation and membership dates are computed from it. */
export const REFERENCE_DATE = '2025-09-30';
// Officials joined at least a year and a month before the reference date; probation lasts 12 months.
const LAST_OFFICIAL_JOIN = '2024-08-31';

export interface PersonSeed {
  id: number;
  orgId: number;
  fullName: string;
  gender: Gender;
  birthDate: string;
  phone: string | null;
  email: string | null;
  partyStatus: 'official' | 'probationary' | null;
  joinedOn: string | null;
  officialOn: string | null;
  cardNumber: string | null;
  categories: Set<string>;
}

export interface MembershipSeed { personId: number; orgId: number; joinedOn: string }

export interface PeopleData {
  people: PersonSeed[];
  memberships: MembershipSeed[];
  /** People whose home unit is the given org, in creation order. */
  byOrg: Map<number, PersonSeed[]>;
}

const PHONE_PREFIXES = ['091', '094', '098', '097', '096', '086', '088', '083', '035', '036', '037', '038', '039', '032', '033', '034', '070', '077', '081', '082'];

function phone(rng: Rng): string {
  return rng.pick(PHONE_PREFIXES) + String(rng.int(0, 9_999_999)).padStart(7, '0');
}

function birthDate(rng: Rng, year: number): string {
  return rng.date(`${year}-01-01`, `${year}-12-28`);
}

export function buildPeople(rng: Rng, tree: OrgTree): PeopleData {
  const people: PersonSeed[] = [];
  const memberships: MembershipSeed[] = [];
  const byOrg = new Map<number, PersonSeed[]>();
  const seen = new Set<string>();

  const addPerson = (org: OrgSeed, gender: Gender, year: number, party: boolean): PersonSeed => {
    const born = birthDate(rng, year);
    let fullName = personName(rng, gender, year);
    // Namesakes exist, but not in the same unit: that would only confuse the demo.
    for (let tries = 0; seen.has(`${org.id}|${fullName}`) && tries < 5; tries++) fullName = personName(rng, gender, year);
    seen.add(`${org.id}|${fullName}`);
    const p: PersonSeed = {
      id: people.length + 1, orgId: org.id, fullName, gender, birthDate: born,
      phone: rng.chance(0.8) ? phone(rng) : null, email: null,
      partyStatus: null, joinedOn: null, officialOn: null, cardNumber: null, categories: new Set(),
    };
    if (party) {
      if (year >= 1985 && rng.chance(0.08)) {
        p.partyStatus = 'probationary';
        p.joinedOn = rng.date('2024-10-15', '2025-09-20');
      } else {
        const earliest = addYears(born, 18);
        const typical = addYears(born, rng.int(19, 36));
        const from = typical < LAST_OFFICIAL_JOIN ? typical : earliest;
        p.partyStatus = 'official';
        const joined = addDays(from, rng.int(0, 300));
        p.joinedOn = joined < LAST_OFFICIAL_JOIN ? joined : LAST_OFFICIAL_JOIN;
        p.officialOn = addDays(p.joinedOn, 365 + rng.int(0, 30));
      }
    }
    // Staff of district agencies have a work address.
    if (org.kind !== 'mass_org' && !tree.communes.some((c) => c.id === org.grassrootsId) && rng.chance(0.6)) {
      const given = fold(fullName).split(' ');
      p.email = `${given[given.length - 1]}${given.slice(0, -1).map((w) => w[0]).join('')}${p.id}@trieuson.thanhhoa.gov.vn`;
    }
    people.push(p);
    const list = byOrg.get(org.id) ?? [];
    list.push(p);
    byOrg.set(org.id, list);
    return p;
  };

  const generate = (org: OrgSeed, profile: Profile, count: number, party: boolean) => {
    for (let i = 0; i < count; i++) {
      const gender: Gender = rng.chance(profile.female) ? 'female' : 'male';
      addPerson(org, gender, rng.int(profile.born[0], profile.born[1]), party);
    }
  };

  for (const org of tree.all) {
    if (org.profile) generate(org, org.profile, rng.int(org.profile.members[0], org.profile.members[1]), true);
  }

  // Non-members of commune mass organizations, each a member of the organization that is their home unit.
  const NON_MEMBER: Record<string, Profile> = {
    fatherland_front: { members: [4, 8], female: 0.4, born: [1950, 1990] },
    youth_union: { members: [10, 18], female: 0.5, born: [1994, 2007] },
    women_union: { members: [10, 18], female: 1, born: [1960, 2000] },
    farmers_union: { members: [8, 16], female: 0.4, born: [1955, 1995] },
    veterans: { members: [6, 12], female: 0, born: [1945, 1975] },
    trade_union: { members: [4, 8], female: 0.5, born: [1975, 2000] },
  };
  for (const mo of tree.massOrgs) {
    const profile = mo.grassrootsId ? NON_MEMBER[mo.subkind ?? ''] : undefined;
    if (!profile) continue;
    const start = people.length;
    generate(mo, profile, rng.int(profile.members[0], profile.members[1]), false);
    for (const p of people.slice(start)) {
      p.categories.add('mass_org_member');
      const on = addYears(p.birthDate, rng.int(16, 30));
      memberships.push({ personId: p.id, orgId: mo.id, joinedOn: on < REFERENCE_DATE ? on : '2024-03-26' });
    }
  }

  // Party members of a commune also belong to its mass organizations, as in real life.
  const communeMassOrgs = new Map<number, Map<string, OrgSeed>>();
  for (const mo of tree.massOrgs) {
    if (!mo.grassrootsId) continue;
    const m = communeMassOrgs.get(mo.grassrootsId) ?? new Map<string, OrgSeed>();
    m.set(mo.subkind!, mo);
    communeMassOrgs.set(mo.grassrootsId, m);
  }
  for (const cell of tree.cells) {
    const mos = communeMassOrgs.get(cell.grassrootsId!);
    if (!mos) continue;
    for (const p of byOrg.get(cell.id) ?? []) {
      const year = Number(p.birthDate.slice(0, 4));
      const join = (subkind: string, minAge: number) => {
        const on = addYears(p.birthDate, minAge + rng.int(0, 10));
        memberships.push({ personId: p.id, orgId: mos.get(subkind)!.id, joinedOn: on < REFERENCE_DATE ? on : '2024-03-26' });
        p.categories.add('mass_org_member');
      };
      if (cell.tag === 'village') {
        if (p.gender === 'female' && rng.chance(0.5)) join('women_union', 18);
        if (p.gender === 'male' && year <= 1972 && rng.chance(0.35)) join('veterans', 40);
        if (year >= 1990 && rng.chance(0.6)) join('youth_union', 16);
        if (year < 1990 && rng.chance(0.2)) join('farmers_union', 25);
      } else if (cell.name.startsWith('Chi bộ Cơ quan') && rng.chance(0.9)) {
        join('trade_union', 22);
      }
    }
  }

  // Card numbers follow the date people became official, as the real register does.
  const officials = people.filter((p) => p.partyStatus === 'official')
    .sort((a, b) => (a.officialOn! < b.officialOn! ? -1 : a.officialOn! > b.officialOn! ? 1 : a.id - b.id));
  officials.forEach((p, i) => { p.cardNumber = `38${String(100_000 + i * 5 + rng.int(0, 4)).padStart(6, '0')}`; });

  return { people, memberships, byOrg };
}
