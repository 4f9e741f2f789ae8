// The pre-filled record of a subject unit over the period an inspection covers, from the system's own records, grouped
// by checklist item, so inspectors check facts rather than collect them. Reads the other modules' own queries.
import { idList, rows, sql, type Db, type SQL } from '../../core/db/index.js';
import { badRequest, notFound } from '../../core/errors.js';
import type { Actor } from '../../core/policy.js';
import { derived } from '../campaigns/queries.js';
import { reportStatusSql } from '../programs/board-queries.js';
import { listPrograms, tasks as taskItems } from '../programs/queries.js';
import { targetsOf } from '../programs/targets.js';
import { access } from './access.js';
import type { RecordOut } from './schemas.js';

const LATE = ['overdue', 'held_late'];

/** Evaluations (e, in conference c of campaign k2) of the unit at `path`, its units and its people, by whoever organized. */
const evaluated = (path: string, where: SQL, extra: SQL = sql``) => sql`evaluations e JOIN conferences c ON c.id = e.conference_id
  JOIN campaigns k2 ON k2.id = c.campaign_id
  LEFT JOIN orgs eo ON eo.id = e.org_id LEFT JOIN people ep ON ep.id = e.person_id LEFT JOIN orgs po ON po.id = ep.org_id ${extra}
  WHERE ${where} AND coalesce(eo.path, po.path) <@ ${path}::ltree`;

async function campaigns(db: Db, org: { id: number; path: string }, from: string, to: string) {
  const own = await rows<{ id: number; campaignId: number; tier: string; deadline: string; status: string; conferenceId: number | null; heldOn: string | null }>(db, sql`
    SELECT d.id, d.campaign_id AS "campaignId", d.tier, d.deadline, d.status, d.conference_id AS "conferenceId", d.held_on AS "heldOn"
    FROM ${derived(sql`ob.org_id = ${org.id}`)}
    -- Owed in the period, or held in it (a campaign due early next year studied in this one).
    WHERE d.deadline BETWEEN ${from}::date AND ${to}::date OR d.held_on BETWEEN ${from}::date AND ${to}::date
    ORDER BY d.deadline, d.id`);
  if (!own.length) return [];
  const ids = [...new Set(own.map((o) => o.campaignId))];
  const [info, below, counts, makeups, flags] = await Promise.all([
    rows<{ id: number; title: string; organizer: string; documents: string[] }>(db, sql`SELECT k.id, k.title, ko.name AS organizer,
        coalesce((SELECT array_agg(doc.symbol ORDER BY doc.issued_on, doc.id) FROM campaign_documents cd JOIN documents doc ON doc.id = cd.document_id
          WHERE cd.campaign_id = k.id), '{}') AS documents
      FROM campaigns k JOIN orgs ko ON ko.id = k.org_id WHERE k.id IN (${idList(ids)})`),
    // The same obligation owed by the units below it: how many, how many late or not held.
    rows<{ campaignId: number; tier: string; units: number; late: number }>(db, sql`SELECT d.campaign_id AS "campaignId", d.tier,
        count(*)::int AS units, count(*) FILTER (WHERE d.status IN (${sql.join(LATE.map((s) => sql`${s}`), sql`, `)}))::int AS late
      FROM ${derived(sql`ob.campaign_id IN (${idList(ids)}) AND o.path <@ ${org.path}::ltree AND o.path <> ${org.path}::ltree`)}
      GROUP BY d.campaign_id, d.tier`),
    // Participation of the unit's people (its subtree), from the counts the attendance triggers keep.
    rows<{ campaignId: number; tier: string; invited: number; attended: number }>(db, sql`SELECT cu.campaign_id AS "campaignId", cu.tier,
        sum(cu.invited)::int AS invited, sum(cu.attended)::int AS attended
      FROM campaign_unit_counts cu JOIN orgs uo ON uo.id = cu.org_id
      WHERE cu.campaign_id IN (${idList(ids)}) AND cu.tier <> '' AND uo.path <@ ${org.path}::ltree GROUP BY cu.campaign_id, cu.tier`),
    rows<{ campaignId: number; tier: string; n: number }>(db, sql`SELECT c.campaign_id AS "campaignId", c.tier, count(*)::int AS n FROM conferences c
      WHERE c.campaign_id IN (${idList(ids)}) AND c.org_id = ${org.id} AND c.makeup_of IS NOT NULL GROUP BY c.campaign_id, c.tier`),
    // Evaluations of the unit, its units and its people in the campaign's conferences (by whoever organized them).
    rows<{ campaignId: number; evaluations: number; flags: { flag: string; count: number }[] }>(db, sql`SELECT ev.campaign_id AS "campaignId",
        count(*)::int AS evaluations,
        coalesce((SELECT json_agg(json_build_object('flag', x.flag, 'count', x.n) ORDER BY x.flag) FROM (SELECT f.flag, count(*)::int AS n
          FROM ${evaluated(org.path, sql`k2.id = ev.campaign_id`, sql`CROSS JOIN LATERAL unnest(e.flags) f(flag)`)} GROUP BY f.flag) x), '[]'::json) AS flags
      FROM (SELECT c.campaign_id FROM ${evaluated(org.path, sql`c.campaign_id IN (${idList(ids)})`)}) ev GROUP BY ev.campaign_id`),
  ]);
  return own.map((o) => {
    const k = info.find((x) => x.id === o.campaignId)!;
    const b = below.find((x) => x.campaignId === o.campaignId && x.tier === o.tier);
    const c = counts.find((x) => x.campaignId === o.campaignId && x.tier === o.tier);
    const ev = flags.find((x) => x.campaignId === o.campaignId);
    return {
      campaignId: o.campaignId, title: k.title, organizer: k.organizer, documents: k.documents, tier: o.tier, deadline: o.deadline,
      status: o.status, conferenceId: o.conferenceId, heldOn: o.heldOn, invited: c?.invited ?? 0, attended: c?.attended ?? 0,
      lateUnits: b?.late ?? 0, unitsBelow: b?.units ?? 0,
      makeups: makeups.find((x) => x.campaignId === o.campaignId && x.tier === o.tier)?.n ?? 0,
      evaluations: ev?.evaluations ?? 0, evaluationFlags: ev?.flags ?? [],
    };
  });
}

export async function record(db: Db, actor: Actor, id: number, orgId: number): Promise<RecordOut> {
  const a = await access(db, actor, id);
  const org = a.visibleSubjects.find((s) => s.id === orgId);
  if (!org) {
    // A subject unit asking for another's record learns nothing of it.
    if (a.subjects.some((s) => s.id === orgId)) throw notFound('inspection');
    throw badRequest({ orgId: 'inspection_not_subject' });
  }
  const { periodFrom, periodTo } = a.i;
  return { inspectionId: id, org: { id: org.id, name: org.name }, periodFrom, periodTo, sections: await periodRecord(db, org, periodFrom, periodTo) };
}

/** How many tasks, done, done after their deadline, open past it. */
export function taskCounts(tasks: { status: string; deadline: string; doneOn: string | null; overdue: boolean }[]) {
  const done = tasks.filter((t) => t.status === 'done');
  return { total: tasks.length, done: done.length, doneLate: done.filter((t) => t.doneOn && t.doneOn > t.deadline).length,
    overdue: tasks.filter((t) => t.overdue).length };
}

/**
 * A unit's record over a period, grouped by the checklist's items: its study obligations with participation, late
 * units below, make-ups and evaluations; its documents; its programs, tasks, targets; its reports' timeliness. The
 * caller has checked that it may read the unit. Also the annual review's record of a unit (reviews module).
 */
export async function periodRecord(db: Db, org: { id: number; path: string }, from: string, to: string): Promise<RecordOut['sections']> {
  const [studies, documents, programs, tasks, [reports]] = await Promise.all([
    campaigns(db, org, from, to),
    rows<{ id: number; symbol: string; type: string; title: string; issuedOn: string }>(db, sql`SELECT d.id, d.symbol, d.type, d.title,
        d.issued_on AS "issuedOn" FROM documents d WHERE d.owner_org_id = ${org.id} AND d.issued_on BETWEEN ${from}::date AND ${to}::date
      ORDER BY d.issued_on, d.id`),
    listPrograms(db, sql`p.org_id = ${org.id} AND p.period_from <= ${to}::date AND p.period_to >= ${from}::date`, sql`true`),
    taskItems(db, sql`t.responsible_org_id = ${org.id} AND t.deadline BETWEEN ${from}::date AND ${to}::date`),
    // Progress reports of its programs due in the period (and already due): filed, filed late, still missing.
    rows<{ due: number; filed: number; late: number; missing: number }>(db, sql`SELECT count(*)::int AS due,
        count(*) FILTER (WHERE x.status IN ('on_time', 'late_filed'))::int AS filed,
        count(*) FILTER (WHERE x.status = 'late_filed')::int AS late, count(*) FILTER (WHERE x.status = 'late')::int AS missing
      FROM (SELECT ${reportStatusSql('rp', 'r')} AS status FROM report_periods rp JOIN programs p ON p.id = rp.program_id
        LEFT JOIN program_reports r ON r.period_id = rp.id
        WHERE p.org_id = ${org.id} AND rp.due_on BETWEEN ${from}::date AND ${to}::date) x WHERE x.status <> 'not_due'`),
  ]);
  const targets = programs.length ? await targetsOf(db, sql`tt.program_id IN (${idList(programs.map((p) => p.id))})`) : [];
  const byType = new Map<string, number>();
  for (const d of documents) byType.set(d.type, (byType.get(d.type) ?? 0) + 1);
  const counts = taskCounts(tasks);
  return {
    documents_implementation: { campaigns: studies },
    leadership_documents: { documents, byType: [...byType].map(([type, count]) => ({ type, count })) },
    action_programs: {
      programs: programs.map((p) => ({
        id: p.id, title: p.title, adoptedOn: p.adoptedOn, adoptingDocument: p.adoptingDocument?.symbol ?? null,
        parentProgramId: p.parentProgramId, targetCount: p.targetCount, taskCount: p.taskCount,
      })),
    },
    models_solutions: {
      tasks: tasks.map((t) => ({ id: t.id, title: t.title, status: t.status, deadline: t.deadline, doneOn: t.doneOn, overdue: t.overdue, assignedFromAbove: t.assignedFromAbove })),
    },
    target_results: {
      targets: targets.map((t) => ({
        id: t.id, programId: t.programId, indicator: t.indicator, unit: t.unit, kind: t.kind, targetValue: t.targetValue, current: t.current,
        currentAsOf: t.currentAsOf, progress: t.progress, achieved: t.achieved, deadline: t.deadline,
      })),
      achieved: targets.filter((t) => t.achieved).length, total: targets.length,
    },
    completion_time: {
      tasks: { ...counts, open: counts.total - counts.done },
      studyLate: studies.filter((s) => LATE.includes(s.status)).length,
      reports,
    },
  };
}
