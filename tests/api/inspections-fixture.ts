import { hashPassword } from '../../server/core/auth/password.js';
import { one, sql, type Db } from '../../server/core/db/index.js';
import { insertOrg } from '../../server/modules/orgs/queries.js';
import { loginAs, PASSWORD, setup } from '../helpers.js';
import { multipart } from './programs-fixture.js';

export { countOf, day, multipart } from './programs-fixture.js';

/**
 * The shared fixture (province ▸ district ▸ communes A, B) with the district's inspection staff: a team leader and a
 * member, an inspector outside the team, the district office; an inspector of commune B and of another district.
 */
export async function inspectionSetup() {
  const ctx = await setup();
  const { db } = ctx.database;
  const { fx } = ctx;
  const district2 = await insertOrg(db, { parentId: fx.orgs.province.id, parentPath: fx.orgs.province.path, name: 'Huyện ủy Nông Cống', kind: 'district', code: 'HU', effectiveOn: '2024-01-01' });
  const hash = await hashPassword(PASSWORD);
  const account = async (username: string, role: string, orgId: number) => {
    const a = (await one<{ id: number }>(db, sql`INSERT INTO accounts (username, password_hash, display_name)
      VALUES (${username}, ${hash}, ${'Cán bộ ' + username}) RETURNING id`))!;
    await db.execute(sql`INSERT INTO role_grants (account_id, role, org_id) VALUES (${a.id}, ${role}, ${orgId})`);
    return a.id;
  };
  const more = {
    lead: await account('kiemtra.truongdoan', 'inspector', fx.orgs.district.id),
    mate: await account('kiemtra.thanhvien', 'inspector', fx.orgs.district.id),
    outsider: await account('kiemtra.khac', 'inspector', fx.orgs.district.id),
    clerkDistrict: await account('vanphong.huyen', 'clerk', fx.orgs.district.id),
    inspectorB: await account('kiemtra.xab', 'inspector', fx.orgs.communeB.id),
    inspector2: await account('kiemtra.huyenkhac', 'inspector', district2.id),
  };
  const usernames = { lead: 'kiemtra.truongdoan', mate: 'kiemtra.thanhvien', outsider: 'kiemtra.khac', clerkDistrict: 'vanphong.huyen', inspectorB: 'kiemtra.xab', inspector2: 'kiemtra.huyenkhac' };
  const cookies: Record<string, string> = { ...ctx.cookies };
  for (const [k, u] of Object.entries(usernames)) cookies[k] = await loginAs(ctx.app, u);
  type Who = keyof typeof ctx.cookies | keyof typeof more;
  const api = (who: Who, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, lang?: 'en') =>
    ctx.app.inject({ method, url, payload, headers: { cookie: cookies[who], ...(lang ? { 'accept-language': lang } : {}) } });
  const upload = (who: Who, url: string, name = 'bien-ban.pdf') => {
    const m = multipart(name, Buffer.from('%PDF-1.4 biên bản làm việc'));
    return ctx.app.inject({ method: 'POST', url, payload: m.payload, headers: { ...m.headers, cookie: cookies[who] } });
  };
  const accounts = { ...fx.accounts, ...more };
  return { ...ctx, db, district2, accounts, api, upload };
}

export type InspCtx = Awaited<ReturnType<typeof inspectionSetup>>;

/** A document registered by a unit (the decision, the conclusion notice, or a unit's own leadership document). */
export async function registerDocument(db: Db, orgId: number, type: string, number: number, issuer: string, issuedOn: string, title: string) {
  return (await one<{ id: number }>(db, sql`INSERT INTO documents (owner_org_id, type, number, symbol, issuer, level, issued_on, year, title)
    VALUES (${orgId}, ${type}, ${number}, ${`${number}-${type}/${issuer}`}, ${issuer}, 'district', ${issuedOn}, ${Number(issuedOn.slice(0, 4))}, ${title})
    RETURNING id`))!.id;
}

/** The district inspection commission's plan for the year and an inspection of commune A (and optionally B), started. */
export async function planAndInspection(c: InspCtx, opts: { subjects?: number[]; start?: boolean; year?: number } = {}) {
  const year = opts.year ?? 2026;
  const plan = await c.api('lead', 'POST', '/api/inspection-plans', {
    orgId: c.fx.orgs.district.id, year, body: 'inspection_commission', title: `Kế hoạch kiểm tra, giám sát năm ${year}`,
  });
  if (plan.statusCode !== 201) throw new Error(`plan: ${plan.body}`);
  const decision = await registerDocument(c.db, c.fx.orgs.district.id, 'QĐ', 100 + year % 100, 'HU', `${year}-03-01`, 'Quyết định thành lập đoàn kiểm tra');
  const ins = await c.api('lead', 'POST', '/api/inspections', {
    planId: plan.json().id, kind: 'kiem_tra', title: 'Kiểm tra việc thực hiện Nghị quyết Đại hội', decisionDocumentId: decision,
    leaderAccountId: c.accounts.lead, memberAccountIds: [c.accounts.mate], subjectOrgIds: opts.subjects ?? [c.fx.orgs.communeA.id],
    periodFrom: `${year - 1}-01-01`, periodTo: `${year}-06-30`,
  });
  if (ins.statusCode !== 201) throw new Error(`inspection: ${ins.body}`);
  const id = ins.json().id as number;
  if (opts.start !== false) {
    const s = await c.api('lead', 'POST', `/api/inspections/${id}/start`);
    if (s.statusCode !== 200) throw new Error(`start: ${s.body}`);
  }
  return { planId: plan.json().id as number, id, decision };
}

/** Row counts of the inspection tables and the audit log, to show a refused write left nothing. */
export async function footprint(db: Db) {
  return one(db, sql`SELECT (SELECT count(*) FROM inspection_plans)::int AS plans, (SELECT count(*) FROM inspections)::int AS inspections,
    (SELECT count(*) FROM inspection_members)::int AS members, (SELECT count(*) FROM inspection_subjects)::int AS subjects,
    (SELECT count(*) FROM inspection_findings)::int AS findings, (SELECT count(*) FROM finding_revisions)::int AS revisions,
    (SELECT count(*) FROM recommendations)::int AS recs, (SELECT count(*) FROM recommendation_events)::int AS events,
    (SELECT count(*) FROM inspection_files)::int AS files, (SELECT count(*) FROM inspection_reopenings)::int AS reopenings,
    (SELECT string_agg(status, ',' ORDER BY id) FROM inspections) AS statuses,
    (SELECT string_agg(status, ',' ORDER BY id) FROM recommendations) AS "recStatuses",
    (SELECT count(*) FROM audit_log)::int AS audit`);
}
