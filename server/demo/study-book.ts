// The rows of the demo study campaigns, and the helpers that build them the way the modules would:
// invitations by the audience rules, each invitee at the bridge point of their nearest unit, late minutes from the start.
import type { Cadres } from './cadres.js';
import { STAFF_CATEGORIES } from './cadres.js';
import type { DocSeed } from './documents.js';
import type { OrgSeed, OrgTree } from './orgs.js';
import type { PeopleData, PersonSeed } from './people.js';
import type { Rng } from './rng.js';

export interface StudyCtx { tree: OrgTree; people: PeopleData; cadres: Cadres; docs: { documents: DocSeed[] } }

export type Tier = 'key_cadre' | 'presenters_staff' | 'mass_org' | 'all_members';
export type Absence = { excused: boolean; reason: string | null };
type Row = Record<string, unknown>;

/** A conference as built: its invitees and where each one sits. */
export interface Conf { id: number; campaignId: number; org: OrgSeed; startsMs: number; endsMs: number; invited: PersonSeed[]; bpOf: Map<number, number> }

export interface ConfSpec {
  campaignId: number;
  org: OrgSeed;
  tier: Tier;
  title: string;
  format: 'in_person' | 'online' | 'hybrid' | 'radio';
  /** Local time in Vietnam, 'YYYY-MM-DD HH:MM'. */
  start: string;
  hours: number;
  hall: string;
  audience: Row;
  invitees: PersonSeed[];
  /** Bridge points besides the main one (the hall at the organizer). */
  bridges?: { org: OrgSeed; name: string }[];
  agenda: [string, number | null, number][];
  materials: number[];
  makeupOf?: number;
}

const VN = 7 * 3_600_000;
export const vnMs = (local: string) => Date.parse(`${local.replace(' ', 'T')}:00+07:00`);
export const vnIso = (ms: number) => `${new Date(ms + VN).toISOString().slice(0, 19)}+07:00`;

export const REASONS: readonly (readonly [Absence, number])[] = [
  [{ excused: true, reason: 'Ốm' }, 4], [{ excused: true, reason: 'Đi công tác' }, 3],
  [{ excused: true, reason: 'Việc gia đình' }, 3], [{ excused: false, reason: null }, 2],
];

export class Book {
  campaigns: Row[] = [];
  campaignDocs: Row[] = [];
  conferences: Row[] = [];
  bridgePoints: Row[] = [];
  agenda: Row[] = [];
  materials: Row[] = [];
  invitations: Row[] = [];
  attendance: Row[] = [];
  absences: Row[] = [];
  /** Per-unit deadlines changed after the cascade, and reminders sent (both by org and tier). */
  deadlines: { campaignId: number; orgId: number; tier: Tier; deadline: string }[] = [];
  reminders: { campaignId: number; orgId: number; tier: Tier; message: string; sentAt: string }[] = [];
  /** Dialogue and evaluations after the conferences. */
  questions: Row[] = [];
  votes: { question: number; person_id: number }[] = [];
  ratings: Row[] = [];
  evaluations: Row[] = [];
  /** Conferences kept relative to the server's start (demo_schedule). */
  schedule: { conference_id: number; anchor: 'now' | 'day'; offset_minutes: number }[] = [];

  readonly org: Map<number, OrgSeed>;
  /** People whose home unit lies in each org's subtree (self included), in id order. */
  readonly under = new Map<number, PersonSeed[]>();
  readonly secretaryOf = new Map<number, number>();
  readonly presenters: PersonSeed[];
  readonly standing: PersonSeed[];
  private bpId = 0;

  constructor(readonly ctx: StudyCtx, readonly rng: Rng) {
    const { tree, people, cadres } = ctx;
    this.org = new Map(tree.all.map((o) => [o.id, o]));
    for (const p of people.people) {
      for (let o = this.org.get(p.orgId); o; o = o.parentId ? this.org.get(o.parentId) : undefined) {
        const list = this.under.get(o.id) ?? [];
        list.push(p);
        this.under.set(o.id, list);
      }
    }
    for (const pos of cadres.positions) if (pos.title === 'secretary') this.secretaryOf.set(pos.orgId, pos.personId);
    this.presenters = people.people.filter((p) => p.categories.has('presenter'));
    const board = new Set(cadres.positions.filter((p) => p.orgId === tree.district.id && p.title !== 'committee_member').map((p) => p.personId));
    this.standing = this.presenters.filter((p) => board.has(p.id));
  }

  doc(symbol: string): number {
    const d = this.ctx.docs.documents.find((x) => x.symbol === symbol);
    if (!d) throw new Error(`demo document not found: ${symbol}`);
    return d.id;
  }

  // Audience rules, as the conferences module's audienceCondition reads them.
  members(root: OrgSeed) { return (this.under.get(root.id) ?? []).filter((p) => p.partyStatus !== null); }
  keyCadres(root: OrgSeed) { return (this.under.get(root.id) ?? []).filter((p) => p.categories.has('key_cadre')); }
  staff(root: OrgSeed) { return (this.under.get(root.id) ?? []).filter((p) => STAFF_CATEGORIES.some((c) => p.categories.has(c))); }
  massMembers(mo: OrgSeed) {
    if (!this.massIndex) {
      this.massIndex = new Map();
      for (const m of this.ctx.people.memberships) this.massIndex.set(m.orgId, (this.massIndex.get(m.orgId) ?? new Set()).add(m.personId));
    }
    const ids = this.massIndex.get(mo.id) ?? new Set<number>();
    return this.ctx.people.people.filter((p) => ids.has(p.id) || p.orgId === mo.id);
  }
  private massIndex?: Map<number, Set<number>>;
  hasMembership(p: PersonSeed) {
    if (!this.membered) this.membered = new Set(this.ctx.people.memberships.map((m) => m.personId));
    return this.membered.has(p.id);
  }
  private membered?: Set<number>;
  /** The day (in Vietnam) a conference starts. */
  day(c: Conf) { return vnIso(c.startsMs).slice(0, 10); }

  /** 64 hex digits from the generator: the key of the rotating hall QR. */
  secret() {
    let s = '';
    for (let i = 0; i < 8; i++) s += this.rng.int(0, 0xffff_ffff).toString(16).padStart(8, '0');
    return s;
  }

  campaign(k: { id: number; title: string; description: string; deadline: string; levelOffsets: Row; status: string; createdAt: string; documentIds: number[] }) {
    this.campaigns.push({ id: k.id, org_id: this.ctx.tree.district.id, title: k.title, description: k.description,
      tiers: ['key_cadre', 'presenters_staff', 'mass_org', 'all_members'], deadline: k.deadline, level_offsets: k.levelOffsets,
      status: k.status, created_at: k.createdAt });
    for (const d of k.documentIds) this.campaignDocs.push({ campaign_id: k.id, document_id: d });
  }

  conference(s: ConfSpec): Conf {
    const id = this.conferences.length + 1;
    const startsMs = vnMs(s.start);
    const endsMs = startsMs + s.hours * 3_600_000;
    this.conferences.push({ id, campaign_id: s.campaignId, org_id: s.org.id, tier: s.tier, title: s.title, format: s.format,
      starts_at: vnIso(startsMs), ends_at: vnIso(endsMs), hall: s.hall, audience: s.audience, makeup_of: s.makeupOf ?? null,
      hall_secret: this.secret(), created_at: vnIso(startsMs - this.rng.int(5, 20) * 86_400_000) });
    const online = s.format !== 'in_person';
    const points = [{ org: s.org, name: s.hall, main: true }, ...(s.bridges ?? []).map((b) => ({ ...b, main: false }))];
    const byOrg = new Map<number, number>();
    for (const p of points) {
      const bp = ++this.bpId;
      if (!byOrg.has(p.org.id)) byOrg.set(p.org.id, bp);
      this.bridgePoints.push({ id: bp, conference_id: id, org_id: p.org.id, name: p.name, host_person_id: this.secretaryOf.get(p.org.id) ?? null,
        capacity: null, is_main: p.main, connection_ok: online ? true : null, checked_at: online ? vnIso(startsMs - 3_600_000) : null });
    }
    const main = byOrg.get(s.org.id)!;
    const bpOf = new Map<number, number>();
    for (const p of s.invitees) {
      let bp = main;
      for (let o = this.org.get(p.orgId); o; o = o.parentId ? this.org.get(o.parentId) : undefined) {
        const hit = byOrg.get(o.id);
        if (hit) { bp = hit; break; }
      }
      bpOf.set(p.id, bp);
      this.invitations.push({ conference_id: id, person_id: p.id, bridge_point_id: bp });
    }
    for (const bp of this.bridgePoints.filter((b) => b.conference_id === id)) {
      const n = s.invitees.filter((p) => bpOf.get(p.id) === bp.id).length;
      bp.capacity = Math.max(20, Math.ceil((n * 1.1) / 10) * 10);
    }
    s.agenda.forEach(([topic, presenter, minutes], i) =>
      this.agenda.push({ conference_id: id, position: i + 1, topic, presenter_person_id: presenter, minutes }));
    for (const d of s.materials) this.materials.push({ conference_id: id, document_id: d });
    return { id, campaignId: s.campaignId, org: s.org, startsMs, endsMs, invited: s.invitees, bpOf };
  }

  /**
   * Records who came: absent(p) gives the absence of those who did not; the others check in around the start
   * (lateShare of them after it). Returns the ids of those present.
   */
  attend(c: Conf, absent: (p: PersonSeed) => Absence | null, method: string | (() => string), lateShare = 0.03) {
    const present = new Set<number>();
    for (const p of c.invited) {
      const a = absent(p);
      if (a) {
        this.absences.push({ conference_id: c.id, person_id: p.id, excused: a.excused, reason: a.reason, recorded_at: vnIso(c.endsMs) });
        continue;
      }
      const late = this.rng.chance(lateShare);
      const offset = (late ? this.rng.int(1, 25) : -this.rng.int(1, 35)) * 60_000 + this.rng.int(0, 59) * 1000;
      const at = c.startsMs + offset;
      this.attendance.push({ conference_id: c.id, person_id: p.id, bridge_point_id: c.bpOf.get(p.id) ?? null, checked_at: vnIso(at),
        late_minutes: Math.max(0, Math.floor((at - c.startsMs) / 60_000)), method: typeof method === 'string' ? method : method(),
        received_at: vnIso(at) });
      present.add(p.id);
    }
    return present;
  }

  reason(): Absence { return this.rng.weighted(REASONS); }

  /** n distinct people drawn from the pool (in pool order of drawing), skipping those in `used`, which grows. */
  draw<T extends { id: number }>(pool: T[], n: number, used: Set<number>): T[] {
    const free = pool.filter((p) => !used.has(p.id));
    const out: T[] = [];
    while (out.length < n && free.length) {
      const p = free.splice(this.rng.int(0, free.length - 1), 1)[0];
      used.add(p.id);
      out.push(p);
    }
    if (out.length < n) throw new Error('demo: pool too small');
    return out;
  }
}

/** The place a unit meets, for hall names. */
export function unitName(o: OrgSeed) {
  return o.name.replace(/^(Đảng ủy|Đảng bộ|Chi bộ) /, '');
}
