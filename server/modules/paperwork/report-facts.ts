// The figures of the report on the results of studying a campaign's documents, for one unit and its subtree, read
// from the records through the modules' own queries: participation (attendance), obligations and their status
// (campaigns), conferences and make-up sessions, evaluations and the action programs adopted for the documents.
import { rows, sql, type Db } from '../../core/db/index.js';
import { unitLabel } from '../../core/units.js';
import type { Actor } from '../../core/policy.js';
import { campaignParticipation } from '../attendance/participation.js';
import { derived } from '../campaigns/queries.js';
import { detail as campaignDetail } from '../campaigns/service.js';

export interface HeldRow { tier: string; level: string; conferences: number; bridgePoints: number }
export interface LateRow { orgName: string; tier: string; deadline: string; status: 'held_late' | 'overdue'; heldOn: string | null }
export interface ProgramRow { orgName: string; title: string; adoptedOn: string; symbol: string | null }

export async function reportFacts(db: Db, actor: Actor, campaignId: number, unit: { id: number; path: string }) {
  const inUnit = sql`o.path <@ ${unit.path}::ltree`;
  const [campaign, participation, held, statuses, late, makeups, evaluations, flags, programs] = await Promise.all([
    campaignDetail(db, actor, campaignId),
    campaignParticipation(db, actor, campaignId, unit.id),
    // Conferences that have ended, per tier and level of the organizer (make-up sessions apart).
    rows<HeldRow>(db, sql`SELECT c.tier, o.kind AS level, count(DISTINCT c.id)::int AS conferences, count(b.id)::int AS "bridgePoints"
      FROM conferences c JOIN orgs o ON o.id = c.org_id LEFT JOIN bridge_points b ON b.conference_id = c.id
      WHERE c.campaign_id = ${campaignId} AND ${inUnit} AND c.makeup_of IS NULL AND c.ends_at <= now()
      GROUP BY c.tier, o.kind ORDER BY array_position(ARRAY['district', 'grassroots', 'cell', 'mass_org'], o.kind), c.tier`),
    rows<{ status: string; n: number }>(db, sql`SELECT d.status, count(*)::int AS n
      FROM ${derived(sql`ob.campaign_id = ${campaignId} AND ${inUnit}`)} GROUP BY d.status`),
    rows<LateRow>(db, sql`SELECT ${unitLabel('lo')} AS "orgName", d.tier, to_char(d.deadline, 'YYYY-MM-DD') AS deadline, d.status,
        to_char(d.held_on, 'YYYY-MM-DD') AS "heldOn"
      FROM ${derived(sql`ob.campaign_id = ${campaignId} AND ${inUnit}`)} JOIN orgs lo ON lo.id = d.org_id
      WHERE d.status IN ('held_late', 'overdue') ORDER BY d.status DESC, d.org_sort_key, d.tier LIMIT 200`),
    rows<{ sessions: number; attended: number }>(db, sql`SELECT count(DISTINCT c.id)::int AS sessions, count(a.id)::int AS attended
      FROM conferences c JOIN orgs o ON o.id = c.org_id LEFT JOIN attendance a ON a.conference_id = c.id
      WHERE c.campaign_id = ${campaignId} AND ${inUnit} AND c.makeup_of IS NOT NULL AND c.ends_at <= now()`),
    rows<{ units: number; people: number }>(db, sql`SELECT count(*) FILTER (WHERE e.org_id IS NOT NULL)::int AS units,
        count(*) FILTER (WHERE e.person_id IS NOT NULL)::int AS people
      FROM evaluations e JOIN conferences c ON c.id = e.conference_id
      LEFT JOIN orgs eo ON eo.id = e.org_id LEFT JOIN people ep ON ep.id = e.person_id LEFT JOIN orgs po ON po.id = ep.org_id
      WHERE c.campaign_id = ${campaignId} AND coalesce(eo.path, po.path) <@ ${unit.path}::ltree`),
    rows<{ flag: string; n: number }>(db, sql`SELECT f.flag, count(*)::int AS n
      FROM evaluations e JOIN conferences c ON c.id = e.conference_id CROSS JOIN unnest(e.flags) AS f(flag)
      LEFT JOIN orgs eo ON eo.id = e.org_id LEFT JOIN people ep ON ep.id = e.person_id LEFT JOIN orgs po ON po.id = ep.org_id
      WHERE c.campaign_id = ${campaignId} AND coalesce(eo.path, po.path) <@ ${unit.path}::ltree GROUP BY f.flag`),
    // Programs of the subtree for the campaign's documents, or for the plans implementing them.
    rows<ProgramRow>(db, sql`SELECT ${unitLabel('o')} AS "orgName", p.title, to_char(p.adopted_on, 'YYYY-MM-DD') AS "adoptedOn", ad.symbol
      FROM programs p JOIN orgs o ON o.id = p.org_id LEFT JOIN documents ad ON ad.id = p.adopting_document_id
      WHERE ${inUnit} AND EXISTS (SELECT 1 FROM program_documents pd WHERE pd.program_id = p.id AND pd.document_id IN (
        SELECT cd.document_id FROM campaign_documents cd WHERE cd.campaign_id = ${campaignId}
        UNION SELECT r.from_id FROM document_relations r JOIN campaign_documents cd ON cd.document_id = r.to_id
          WHERE cd.campaign_id = ${campaignId} AND r.kind = 'implements'))
      ORDER BY o.path, p.adopted_on, p.id LIMIT 200`),
  ]);
  const status = (s: string) => statuses.find((r) => r.status === s)?.n ?? 0;
  return {
    campaign: { id: campaign.id, title: campaign.title, deadline: campaign.deadline, documents: campaign.documents.map((d) => ({ id: d.id, symbol: d.symbol, title: d.title })) },
    participation,
    held,
    obligations: {
      total: statuses.reduce((a, r) => a + r.n, 0),
      heldOnTime: status('held_on_time'), heldLate: status('held_late'), overdue: status('overdue'),
      scheduled: status('scheduled'), notScheduled: status('not_scheduled'),
    },
    late,
    makeups: makeups[0] ?? { sessions: 0, attended: 0 },
    evaluations: {
      units: evaluations[0]?.units ?? 0, people: evaluations[0]?.people ?? 0,
      late: flags.find((f) => f.flag === 'late')?.n ?? 0,
      incompleteComposition: flags.find((f) => f.flag === 'incomplete_composition')?.n ?? 0,
      unserious: flags.find((f) => f.flag === 'unserious')?.n ?? 0,
    },
    programs,
  };
}

export type ReportFacts = Awaited<ReturnType<typeof reportFacts>>;
