import { one, sql, type Db, type SQL } from '../../server/core/db/index.js';
import { setup } from '../helpers.js';

export type Ctx = Awaited<ReturnType<typeof setup>>;
export type Who = keyof Ctx['cookies'];

export function api(ctx: Ctx) {
  return (who: Who, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object, lang?: 'en') =>
    ctx.app.inject({ method, url, payload, headers: { cookie: ctx.cookies[who], ...(lang ? { 'accept-language': lang } : {}) } });
}

export const countOf = async (db: Db, query: SQL) => (await one<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM (${query}) x`))!.n;

/** Row counts of the program tables and the audit log, to show a refused write left nothing. */
export async function footprint(db: Db) {
  return one(db, sql`SELECT (SELECT count(*) FROM programs)::int AS programs, (SELECT count(*) FROM program_targets)::int AS targets,
    (SELECT count(*) FROM target_values)::int AS "values", (SELECT count(*) FROM target_milestones)::int AS milestones,
    (SELECT count(*) FROM program_tasks)::int AS tasks, (SELECT count(*) FROM task_units)::int AS units,
    (SELECT count(*) FROM task_notes)::int AS notes, (SELECT count(*) FROM task_evidence)::int AS evidence,
    (SELECT count(*) FROM program_documents)::int AS docs, (SELECT count(*) FROM audit_log)::int AS audit,
    (SELECT count(*) FROM report_periods)::int AS periods, (SELECT count(*) FROM program_reports)::int AS reports,
    (SELECT count(*) FROM report_evidence)::int AS "reportEvidence", (SELECT count(*) FROM report_reminders)::int AS reminders,
    (SELECT md5(coalesce(string_agg(id || ':' || status || ':' || revision || ':' || content::text, ',' ORDER BY id), '')) FROM program_reports) AS "reportsHash",
    (SELECT md5(coalesce(string_agg(id || ':' || status, ',' ORDER BY id), '')) FROM program_tasks) AS "tasksHash"`);
}

/** A day relative to today (UTC+7), YYYY-MM-DD. */
export function day(offset: number): string {
  const d = new Date(Date.now() + 7 * 3600_000);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

export function multipart(filename: string, content: Buffer) {
  const boundary = `----qt${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
