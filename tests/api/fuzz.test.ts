// The API's own fuzz test: for every operation of /api/openapi.json, malformed params, queries and bodies
// are answered 4xx in the standard shape (the faulty field named), never 5xx, and a refused request
// changes no row (table counts, audit log included).
import { afterAll, describe, expect, it } from 'vitest';
import { one, rows, sql } from '../../server/core/db/index.js';
import { loginAs, setup } from '../helpers.js';
import { bridgePoint, campaign, conference, invite } from './attendance-fixture.js';
import { document } from './campaigns-fixture.js';
import { casesOf, typeOf, unwrap, urlOf, useIds, validCase, validParts, type Case, type Op, type Param, type Schema } from './fuzz-cases.js';

const ctx = await setup();
const { db } = ctx.database;
const { orgs, people, accounts } = ctx.fx;

// ---- records to point valid-looking path params at, so the malformed part is what is tested
const campaignId = await campaign(db, orgs.district.id);
const conf = await conference(db, { campaignId, orgId: orgs.district.id, fromNow: 3 * 86400_000 });
const bpId = await bridgePoint(db, conf.id, orgs.communeA.id, 'Điểm cầu xã Dân Lực');
await invite(db, conf.id, [people.anA1, people.binhA1], bpId);
const docId = await document(db, orgs.district.id, '7-NQ/HU', 'Nghị quyết thử nghiệm');
const questionId = (await one<{ id: number }>(db, sql`INSERT INTO questions (conference_id, person_id, text) VALUES (${conf.id}, ${people.anA1}, 'Câu hỏi thử') RETURNING id`))!.id;
const grantId = (await one<{ id: number }>(db, sql`SELECT id FROM role_grants WHERE account_id = ${accounts.clerkA}`))!.id;
const obligationId = (await one<{ id: number }>(db, sql`SELECT id FROM obligations LIMIT 1`))?.id ?? 1;
const programId = (await one<{ id: number }>(db, sql`INSERT INTO programs (org_id, title, adopted_on, period_from, period_to)
  VALUES (${orgs.district.id}, 'Chương trình thử', '2021-03-15', '2020-10-01', '2025-12-31') RETURNING id`))!.id;
const targetId = (await one<{ id: number }>(db, sql`INSERT INTO program_targets (program_id, lineage, indicator, kind, target_value, deadline)
  VALUES (${programId}, '1', 'Chỉ tiêu thử', 'number', 10, '2025-12-31') RETURNING id`))!.id;
const taskId = (await one<{ id: number }>(db, sql`INSERT INTO program_tasks (program_id, title, responsible_org_id, deadline)
  VALUES (${programId}, 'Nhiệm vụ thử', ${orgs.district.id}, '2025-12-31') RETURNING id`))!.id;
const periodId = (await one<{ id: number }>(db, sql`INSERT INTO report_periods (program_id, starts_on, ends_on, due_on, label)
  VALUES (${programId}, '2025-01-01', '2025-03-31', '2025-04-10', 'Quý I/2025') RETURNING id`))!.id;

const resourceIds: Record<string, number> = {
  orgs: orgs.communeA.id, people: people.anA1, documents: docId, attachments: 1, campaigns: campaignId,
  conferences: conf.id, 'bridge-points': bpId, accounts: accounts.clerkA, questions: questionId, obligations: obligationId,
  programs: programId, targets: targetId, tasks: taskId, 'report-periods': periodId,
};
const namedIds: Record<string, number> = {
  personId: people.binhA1, orgId: orgs.womenA.id, grantId, positionId: 1, bridgePointId: bpId, conferenceId: conf.id,
  campaignId, documentId: docId, accountId: accounts.clerkA, toId: docId, parentId: orgs.communeA.id, presenterPersonId: people.cuongA2,
  targetId, taskId, periodId,
};
useIds((name, path) =>
  name === 'id' ? resourceIds[path.split('/')[2]] ?? 1 : namedIds[name] ?? (/ids?$/i.test(name) ? orgs.communeA.id : 1));

// ---- the document
let admin = ctx.cookies.admin;
const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json', headers: { cookie: admin } })).json() as {
  paths: Record<string, Record<string, { parameters?: Param[]; summary?: string; requestBody?: { content?: Record<string, { schema: Schema }> }; responses?: Record<string, { content?: Record<string, unknown>; description?: string }> }>>;
};
const ops: Op[] = [];
for (const [path, methods] of Object.entries(doc.paths)) {
  for (const [method, op] of Object.entries(methods)) {
    const ok = op.responses?.['200'];
    ops.push({
      method: method.toUpperCase(), path, params: op.parameters ?? [], body: op.requestBody?.content?.['application/json']?.schema,
      multipart: !!op.requestBody?.content?.['multipart/form-data'] || /multipart/i.test(op.summary ?? ''),
      stream: !!ok?.content?.['text/event-stream'] || /event-stream/i.test(JSON.stringify(ok ?? {})),
    });
  }
}
// Logging out would end the admin's session for the operations after it.
ops.sort((a, b) => Number(a.path.startsWith('/api/auth/')) - Number(b.path.startsWith('/api/auth/')));

// ---- row counts of every table
const tables = (await rows<{ name: string }>(db, sql`SELECT table_name AS name FROM information_schema.tables
  WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`)).map((r) => r.name);
const countQuery = sql.raw(`SELECT json_build_object(${tables.map((t) => `'${t}', (SELECT count(*) FROM "${t}")`).join(', ')}) AS c`);
const snapshot = async () => JSON.stringify((await one<{ c: unknown }>(db, countQuery))!.c);

async function send(c: Case, method: string) {
  const headers: Record<string, string> = {};
  const cookie = c.cookie === undefined ? admin : c.cookie;
  if (cookie) headers.cookie = cookie;
  if (c.body !== undefined) headers['content-type'] = c.contentType ?? 'application/json';
  return ctx.app.inject({ method: method as 'GET', url: c.url, headers, ...(c.body === undefined ? {} : { payload: c.body }) });
}

/** What is wrong with one answer, or null. */
function problemOf(c: Case, res: Awaited<ReturnType<typeof send>>): string | null {
  if (res.statusCode >= 500) return `${res.statusCode} ${res.body.slice(0, 200)}`;
  if (c.strict && res.statusCode !== 400) return `expected 400, got ${res.statusCode} ${res.body.slice(0, 200)}`;
  if (res.statusCode < 400) return null;
  let body: { error?: { code?: unknown; message?: unknown; fields?: Record<string, unknown> } };
  try { body = res.json(); } catch { return `${res.statusCode}: not JSON: ${res.body.slice(0, 100)}`; }
  const e = body.error;
  if (!e || Object.keys(body).length !== 1 || typeof e.code !== 'string' || typeof e.message !== 'string' || !e.message) {
    return `${res.statusCode}: not the standard shape: ${res.body.slice(0, 200)}`;
  }
  if (e.fields !== undefined && (typeof e.fields !== 'object' || Object.values(e.fields).some((m) => typeof m !== 'string'))) return `fields not messages: ${res.body.slice(0, 200)}`;
  if (c.field && res.statusCode === 400 && e.code === 'validation') {
    const named = Object.keys(e.fields ?? {});
    if (!named.some((k) => k === c.field || k.startsWith(`${c.field}.`) || c.field!.startsWith(`${k}.`))) return `400 does not name ${c.field}: ${res.body.slice(0, 200)}`;
  }
  return null;
}

afterAll(async () => { await ctx.close(); });

describe('fuzz: every operation of the OpenAPI document', () => {
  it('the document lists the operations', () => {
    expect(ops.length).toBeGreaterThan(50);
  });

  it('every number and string a request accepts is bounded (what the column holds)', () => {
    const unbounded: string[] = [];
    const walk = (raw: Schema, where: string) => {
      const sc = unwrap(raw);
      const t = typeOf(sc);
      if ((t === 'integer' || t === 'number') && (sc.minimum === undefined || sc.maximum === undefined)) unbounded.push(where);
      if (t === 'string' && sc.maxLength === undefined && !sc.enum && !sc.format && !sc.pattern) unbounded.push(where);
      for (const [k, v] of Object.entries(sc.properties ?? {})) walk(v, `${where}.${k}`);
      if (sc.items) walk(sc.items, `${where}.0`);
    };
    for (const op of ops) {
      for (const p of op.params) walk(p.schema, `${op.method} ${op.path} ${p.in} ${p.name}`);
      if (op.body) walk(op.body, `${op.method} ${op.path} body`);
    }
    expect(unbounded).toEqual([]);
  });

  it.each(ops.map((op) => [`${op.method} ${op.path}`, op] as const))('%s', async (_name, op) => {
    const problems: string[] = [];
    const cases = casesOf(op);
    let baseline = await snapshot();
    for (const c of cases) {
      // Strict cases must all be refused: counted once per batch. Around a case that may be accepted
      // (a GET may create a key lazily, a nullable field may take null) the counts are taken before and after.
      const each = !c.strict;
      if (each) {
        const before = await snapshot();
        if (before !== baseline) problems.push(`before ${c.label}: refused requests changed rows`);
        baseline = before;
      }
      const res = await send(c, op.method);
      const p = problemOf(c, res);
      if (p) problems.push(`${c.label}: ${p}`);
      if (each) {
        const now = await snapshot();
        if (res.statusCode >= 400 && now !== baseline) problems.push(`${c.label}: refused (${res.statusCode}) but rows changed`);
        baseline = now; // an accepted request may write
      }
    }
    // Without a session: 401 in the standard shape (public routes answer whatever they answer, below 500).
    const { validPath, validQuery } = validParts(op);
    const anon = await send({ label: 'anonymous', url: urlOf(op, validPath, validQuery), cookie: null }, op.method);
    const ap = problemOf({ label: 'anonymous', url: '' }, anon);
    if (ap) problems.push(`anonymous: ${ap}`);
    // A failed login is recorded on purpose (attempts, audit): the one refusal that writes.
    if (op.path === '/api/auth/login') baseline = await snapshot();
    if ((await snapshot()) !== baseline) problems.push('refused requests changed rows');
    // The admin's session must survive the batch (nothing here may log it out).
    const me = await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: admin } });
    if (me.statusCode !== 200) admin = await loginAs(ctx.app, 'admin');
    expect(problems, `${cases.length} cases`).toEqual([]);
  });

  // Last, as they may change anything (the session's own routes at the very end): plausible requests
  // reach the services, which must answer in the standard shape too, never 5xx.
  it('valid-looking requests to every operation: no 5xx, the standard shape', async () => {
    const problems: string[] = [];
    for (const op of ops) {
      if (op.stream || op.multipart || op.path === '/api/auth/logout') continue;
      const res = await send(validCase(op), op.method);
      const p = problemOf({ label: '', url: '' }, res);
      if (p) problems.push(`${op.method} ${op.path}: ${p}`);
      if (res.statusCode === 401) admin = await loginAs(ctx.app, 'admin');
    }
    expect(problems).toEqual([]);
  });

  it('unauthenticated requests get 401 in the standard shape', async () => {
    for (const url of ['/api/people', '/api/orgs/roots', `/api/conferences/${conf.id}`, '/api/audit']) {
      const res = await ctx.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ error: { code: 'unauthenticated', message: 'Vui lòng đăng nhập' } });
    }
  });
});
