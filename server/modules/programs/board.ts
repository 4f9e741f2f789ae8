// The board of reports of a program (late first) and reminders (đôn đốc) to the units late with theirs.
import { audit } from '../../core/audit.js';
import { idList, one, rows, sql, VN_TODAY, type Db, type Queryable } from '../../core/db/index.js';
import { AppError, badRequest, conflict, notFound } from '../../core/errors.js';
import { t } from '../../core/i18n.js';
import { assertAnywhere, can, inScope, type Actor } from '../../core/policy.js';
import { board as boardRows, boardExpected } from './board-queries.js';
import { periodsOf } from './periods.js';
import { actsFor } from './policy.js';
import type { ReportBoardQuery, ReportRemindInput } from './report-schemas.js';
import { readableProgram } from './service.js';
import { notify, vnDate as noticeDate } from '../notifications/notify.js';
import './report-messages.js';

/** The office or leadership of the program's unit, or a leader of a unit above it. */
export function mayRemind(actor: Actor, orgPath: string) {
  return actsFor(actor, 'program.write', orgPath) || actor.grants.some((g) => g.role === 'leader' && orgPath.startsWith(g.path + '.'));
}

/** The period asked for, or the latest whose due date has passed, else the current one, else the first. */
async function periodFor(db: Queryable, programId: number, periodId?: number) {
  if (periodId) {
    const [p] = (await periodsOf(db, programId)).filter((x) => x.id === periodId);
    if (!p) throw notFound('report_period');
    return p;
  }
  const pick = await one<{ id: number }>(db, sql`SELECT id FROM report_periods WHERE program_id = ${programId}
    ORDER BY (due_on < ${VN_TODAY}) DESC, CASE WHEN due_on < ${VN_TODAY} THEN ends_on END DESC NULLS LAST,
      (${VN_TODAY} BETWEEN starts_on AND ends_on) DESC, starts_on LIMIT 1`);
  if (!pick) return null;
  return (await periodsOf(db, programId)).find((x) => x.id === pick.id)!;
}

/** The caller's view of the units below: null (all of them) when it reads at the program's own unit. */
const scopeOf = (actor: Actor, orgPath: string) => (can(actor, 'program.read', orgPath) ? null : inScope(actor, 'program.read', sql`o.path`));

export async function board(db: Queryable, actor: Actor, programId: number, f: ReportBoardQuery) {
  assertAnywhere(actor, 'program.read');
  const prog = await readableProgram(db, actor, programId);
  const period = await periodFor(db, programId, f.periodId);
  const canRemind = mayRemind(actor, prog.orgPath);
  if (!period) return { period: null, counts: { late: 0, not_due: 0, late_filed: 0, on_time: 0 }, canRemind, items: [], total: 0, page: f.page, pageSize: f.pageSize };
  const { items, counts } = await boardRows(db, programId, period.endsOn, scopeOf(actor, prog.orgPath), f);
  const total = items.length ? Number(items[0].total) : 0;
  return { period, counts, canRemind, items: items.map(({ total: _t, ...r }) => r), total, page: f.page, pageSize: f.pageSize };
}

/** Reminds the chosen late units of the board's period, or every late one; each reminded unit sees it on its form. */
export async function remind(db: Db, actor: Actor, programId: number, input: ReportRemindInput) {
  assertAnywhere(actor, 'program.read');
  return db.transaction(async (tx) => {
    const prog = await readableProgram(tx, actor, programId);
    if (!mayRemind(actor, prog.orgPath)) throw new AppError(403, 'report_remind_own_unit');
    if (prog.status === 'closed') throw conflict('program_closed');
    const period = await periodFor(tx, programId, input.periodId);
    const late = await rows<{ orgId: number; periodId: number }>(tx, sql`${boardExpected(programId, period!.endsOn, scopeOf(actor, prog.orgPath))}
      SELECT org_id AS "orgId", period_id AS "periodId" FROM board WHERE status = 'late'`);
    let targets = late;
    if (input.orgIds) {
      const wanted = [...new Set(input.orgIds)];
      targets = late.filter((l) => wanted.includes(l.orgId));
      const missing = wanted.filter((w) => !targets.some((x) => x.orgId === w));
      if (missing.length) throw badRequest({ orgIds: { key: 'report_remind_not_late', params: { ids: missing.join(', ') } } });
    }
    if (!targets.length) return { sent: 0 };
    const message = input.message ?? t(actor.lang, 'report_reminder_default', { period: period!.label, title: prog.title });
    const ids = targets.map((x) => x.periodId);
    await tx.execute(sql`INSERT INTO report_reminders (period_id, message, sent_by, sent_by_org_id)
      SELECT id, ${message}, ${actor.accountId}, ${prog.orgId} FROM report_periods WHERE id IN (${idList(ids)})`);
    await tx.execute(sql`UPDATE report_periods SET last_reminded_at = now() WHERE id IN (${idList(ids)})`);
    const units = await rows<{ orgId: number; path: string; name: string; periodId: number; due: string; program: string }>(tx, sql`
      SELECT o.id AS "orgId", o.path::text AS path, o.name, rp.id AS "periodId", rp.due_on::text AS due, p.title AS program
      FROM report_periods rp JOIN programs p ON p.id = rp.program_id JOIN orgs o ON o.id = p.org_id WHERE rp.id IN (${idList(ids)}) ORDER BY rp.id`);
    await notify(tx, units.map((u) => ({
      kind: 'report_reminder', link: `/report-periods/${u.periodId}`, org: { id: u.orgId, path: u.path }, fromAccountId: actor.accountId,
      params: { program: u.program, period: period!.label, unit: u.name, deadline: noticeDate(u.due), from: actor.displayName, message: input.message ?? null },
      toUnitStaff: { orgIds: [u.orgId], action: 'program.read' },
    })));
    await audit(tx, actor, { action: 'remind', entity: 'program_report', entityId: programId, orgPath: prog.orgPath,
      after: { period: period!.label, orgIds: targets.map((x) => x.orgId), message } });
    return { sent: targets.length };
  });
}
