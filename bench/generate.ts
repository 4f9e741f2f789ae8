// Writes the benchmark dataset straight into a migrated, empty database: multi-row INSERTs of JSON chunks
// expanded by json_to_recordset, in three transactions (structure and people; the campaign and its conferences, unless
// left out; the action programs of bench/programs.ts, unless left out).
import { hashPassword } from '../server/core/auth/password.js';
import { one, sql, type Database, type Queryable } from '../server/core/db/index.js';
import { nameSortKey } from '../server/core/vn.js';
import { bulkInsert } from '../server/core/db/bulk.js';
import { buildDataset, type Dataset } from './dataset.js';
import { buildPrograms, periodId, targetId, type Quarter } from './programs.js';

export const BENCH_ADMIN = { username: 'bench.admin', password: 'BenchAdmin2025' };
export const BENCH_CLERK = { username: 'bench.clerk', password: 'BenchClerk2025' };
/** The office of the first district (its board of reports). */
export const BENCH_DISTRICT_CLERK = { username: 'bench.huyen', password: 'BenchHuyen2025' };

export interface BenchFixture {
  campaignId: number;
  rootId: number;
  communeId: number;
  liveConferenceIds: number[];
  /** Invitations of the live conferences (nobody checked in yet): who to scan, at which bridge point. */
  liveInvitations: { conferenceId: number; personId: number; bridgePointId: number }[];
  /** The first district, the commune's parent. */
  districtId: number;
  /** Present when the programs were generated: the province's program (id = its unit's) and the reporting quarters. */
  programs?: { rootProgramId: number; rootSumTargetId: number; leaves: number; quarters: Quarter[]; dueDays: number; seconds: number };
  counts: Record<string, number>;
  seconds: number;
}

export interface GenerateOptions {
  scale?: number; now?: Date; log?: (m: string) => void;
  /** The campaign with its conferences, invitations and attendance (default true). */
  campaign?: boolean;
  /** A program per unit with targets and four quarters of values (default true). */
  programs?: boolean;
}

const CHUNK = 5000;
const insertJson = (q: Queryable, table: string, columns: Record<string, string>, items: Record<string, unknown>[]) =>
  bulkInsert(q, table, columns, items, CHUNK);

async function resetSequences(q: Queryable, tables: string[]) {
  for (const t of tables) await q.execute(sql`SELECT setval(pg_get_serial_sequence(${t}, 'id'), (SELECT max(id) FROM ${sql.raw(t)}))`);
}

/** Generates the province into an empty database; `now` decides which conferences are running. */
export async function generate(database: Database, opts: GenerateOptions = {}): Promise<BenchFixture> {
  const started = performance.now();
  const log = opts.log ?? (() => {});
  const now = opts.now ?? new Date();
  const data: Dataset = buildDataset(opts.scale ?? 1, now);
  log(`  built in memory: ${data.orgs.length} units, ${data.people.length} people, ${data.conferences.length} conferences (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  const { db } = database;
  const [adminHash, clerkHash, districtHash] = await Promise.all([BENCH_ADMIN, BENCH_CLERK, BENCH_DISTRICT_CLERK].map((a) => hashPassword(a.password)));
  const district = data.orgs.find((o) => o.id === data.commune.parentId)!;
  const day = (d: Date) => d.toISOString().slice(0, 10);

  await db.transaction(async (tx) => {
    await insertJson(tx, 'orgs', { id: 'int', parent_id: 'int', path: 'ltree', name: 'text', kind: 'text', subkind: 'text', effective_from: 'date' },
      data.orgs.map((o) => ({ id: o.id, parent_id: o.parentId, path: o.path, name: o.name, kind: o.kind, subkind: o.subkind, effective_from: '2020-08-15' })));
    await insertJson(tx, 'people', { id: 'int', org_id: 'int', full_name: 'text', sort_key: 'text', gender: 'text', birth_date: 'date', party_status: 'text', joined_on: 'date', categories: 'text[]' },
      data.people.map((p) => ({
        id: p.id, org_id: p.orgId, full_name: p.fullName, sort_key: nameSortKey(p.fullName), gender: p.gender,
        birth_date: `${p.birthYear}-06-15`, party_status: 'official', joined_on: `${Math.min(p.birthYear + 25, 2023)}-03-03`,
        categories: `{${p.categories.join(',')}}`,
      })));
    await resetSequences(tx, ['orgs', 'people']);
  });
  log(`  units and people written (${((performance.now() - started) / 1000).toFixed(1)} s)`);

  const adminId = await db.transaction(async (tx) => {
    const account = async (username: string, hash: string, name: string, role: string, orgId: number) => {
      const a = (await one<{ id: number }>(tx, sql`INSERT INTO accounts (username, password_hash, display_name)
        VALUES (${username}, ${hash}, ${name}) RETURNING id`))!;
      await tx.execute(sql`INSERT INTO role_grants (account_id, role, org_id) VALUES (${a.id}, ${role}, ${orgId})`);
      return a.id;
    };
    const admin = await account(BENCH_ADMIN.username, adminHash, 'Quản trị (đo hiệu năng)', 'admin', data.root.id);
    await account(BENCH_CLERK.username, clerkHash, 'Văn thư xã (đo hiệu năng)', 'clerk', data.commune.id);
    await account(BENCH_DISTRICT_CLERK.username, districtHash, 'Văn phòng huyện ủy (đo hiệu năng)', 'clerk', district.id);
    return admin;
  });

  const ids = opts.campaign === false ? { campaignId: 0 } : await db.transaction(async (tx) => {
    const admin = { id: adminId };

    const doc = (await one<{ id: number }>(tx, sql`INSERT INTO documents (owner_org_id, type, number, symbol, issuer, level, issued_on, year, title)
      VALUES (${data.root.id}, 'NQ', 57, '57-NQ/TW', 'TW', 'central', '2024-12-22', 2024,
        'Nghị quyết về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia') RETURNING id`))!;
    const deadline = day(new Date(now.getTime() + 20 * 86_400_000));
    const campaign = (await one<{ id: number }>(tx, sql`INSERT INTO campaigns (org_id, title, tiers, deadline, level_offsets, created_by)
      VALUES (${data.root.id}, 'Học tập, quán triệt Nghị quyết 57-NQ/TW (đo hiệu năng)',
        ${'{key_cadre,presenters_staff,mass_org,all_members}'}::text[], ${deadline}::date, '{"district":10,"grassroots":5,"cell":0}'::jsonb, ${admin.id})
      RETURNING id`))!;
    await tx.execute(sql`INSERT INTO campaign_documents (campaign_id, document_id) VALUES (${campaign.id}, ${doc.id})`);
    // Obligations as the campaign cascade creates them (all_members: grassroots and cells; mass_org; key tiers at district level and above).
    await tx.execute(sql`INSERT INTO obligations (campaign_id, org_id, tier, deadline)
      SELECT ${campaign.id}, o.id, t.tier, ${deadline}::date - CASE o.kind WHEN 'district' THEN 10 WHEN 'grassroots' THEN 5 ELSE 0 END
      FROM orgs o JOIN (VALUES ('all_members', 'grassroots'), ('all_members', 'cell'), ('mass_org', 'mass_org'),
        ('key_cadre', 'province'), ('key_cadre', 'district'), ('presenters_staff', 'province'), ('presenters_staff', 'district')) AS t(tier, kind)
        ON t.kind = o.kind`);

    await insertJson(tx, 'conferences', {
      id: 'int', campaign_id: 'int', org_id: 'int', tier: 'text', title: 'text', format: 'text', starts_at: 'timestamptz', ends_at: 'timestamptz',
      hall: 'text', makeup_of: 'int', hall_secret: 'text', audience: 'jsonb', created_by: 'int',
    }, data.conferences.map((c) => ({
      id: c.id, campaign_id: campaign.id, org_id: c.orgId, tier: c.tier, title: c.title, format: c.format, starts_at: c.startsAt.toISOString(),
      ends_at: c.endsAt.toISOString(), hall: c.hall, makeup_of: c.makeupOf, hall_secret: `bench-hall-secret-${c.id}`,
      audience: { kind: c.tier === 'presenters_staff' ? 'presenters_staff' : c.tier === 'key_cadre' ? 'key_cadres' : c.tier, orgId: c.orgId }, created_by: admin.id,
    })));
    await insertJson(tx, 'bridge_points', { id: 'int', conference_id: 'int', org_id: 'int', name: 'text', is_main: 'boolean', capacity: 'int' },
      data.bridgePoints.map((b) => ({ id: b.id, conference_id: b.conferenceId, org_id: b.orgId, name: b.name, is_main: b.isMain, capacity: b.capacity })));
    await insertJson(tx, 'invitations', { conference_id: 'int', person_id: 'int', bridge_point_id: 'int' },
      data.invitations.map((i) => ({ conference_id: i.c, person_id: i.p, bridge_point_id: i.b })));
    await insertJson(tx, 'attendance', {
      conference_id: 'int', person_id: 'int', bridge_point_id: 'int', checked_at: 'timestamptz', late_minutes: 'int', method: 'text', recorded_by: 'int',
    }, data.attendance.map((a) => ({ conference_id: a.c, person_id: a.p, bridge_point_id: a.b, checked_at: a.at, late_minutes: a.late, method: 'card', recorded_by: admin.id })));
    await insertJson(tx, 'absences', { conference_id: 'int', person_id: 'int', excused: 'boolean', reason: 'text', recorded_by: 'int' },
      data.absences.map((a) => ({ conference_id: a.c, person_id: a.p, excused: a.excused, reason: 'Ốm', recorded_by: admin.id })));
    await resetSequences(tx, ['conferences', 'bridge_points']);
    return { campaignId: campaign.id };
  });
  const counts: Record<string, number> = { units: data.orgs.length, people: data.people.length };
  if (opts.campaign !== false) {
    Object.assign(counts, { conferences: data.conferences.length, bridgePoints: data.bridgePoints.length,
      invitations: data.invitations.length, attendance: data.attendance.length, absences: data.absences.length });
  }
  let programs: BenchFixture['programs'];
  if (opts.programs !== false) {
    const t0 = performance.now();
    const p = buildPrograms(data.orgs, now);
    await db.transaction(async (tx) => {
      const doc = (await one<{ id: number }>(tx, sql`INSERT INTO documents (owner_org_id, type, number, symbol, issuer, level, issued_on, year, title)
        VALUES (${data.root.id}, 'NQ', 1, '01-NQ/ĐH', 'ĐH', 'province', '2025-10-20', 2025,
          'Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025-2030 (đo hiệu năng)') RETURNING id`))!;
      const adopted = (await one<{ id: number }>(tx, sql`INSERT INTO documents (owner_org_id, type, number, symbol, issuer, level, issued_on, year, title)
        VALUES (${data.root.id}, 'CTr', 1, '01-CTr/TU', 'TU', 'province', '2025-11-15', 2025,
          'Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX') RETURNING id`))!;
      await insertJson(tx, 'programs', { id: 'int', org_id: 'int', parent_program_id: 'int', title: 'text', adopted_on: 'date', adopting_document_id: 'int',
        period_from: 'date', period_to: 'date', created_by: 'int', report_frequency: 'text', report_due_days: 'int' },
      p.programs.map((r) => ({ ...r, adopted_on: '2025-11-15', adopting_document_id: r.parent_program_id ? null : adopted.id,
        period_from: '2025-10-01', period_to: '2030-12-31', created_by: adminId, report_frequency: 'quarterly', report_due_days: p.dueDays })));
      const dueOn = (to: string) => day(new Date(Date.parse(to) + p.dueDays * 86_400_000));
      await insertJson(tx, 'report_periods', { id: 'int', program_id: 'int', starts_on: 'date', ends_on: 'date', due_on: 'date', label: 'text' },
        p.programs.flatMap((r) => p.quarters.map((qt, qi) => ({ id: periodId(r.id, qi), program_id: r.id, starts_on: qt.from, ends_on: qt.to, due_on: dueOn(qt.to), label: qt.label }))));
      await insertJson(tx, 'program_reports', { program_id: 'int', period_id: 'int', org_id: 'int', narrative: 'text', status: 'text', submitted_at: 'timestamptz',
        submitted_by: 'int', revision: 'int', last_submitted_at: 'timestamptz', created_by: 'int' },
      p.filings.filter((f) => f.filedAt || f.draft).map((f) => ({
        program_id: f.orgId, period_id: periodId(f.orgId, f.quarter), org_id: f.orgId, narrative: 'Báo cáo kết quả thực hiện chương trình hành động',
        status: f.filedAt ? 'submitted' : 'draft', submitted_at: f.filedAt, submitted_by: f.filedAt ? adminId : null, revision: f.filedAt ? 1 : 0,
        last_submitted_at: f.filedAt, created_by: adminId,
      })));
      await tx.execute(sql`INSERT INTO program_documents (program_id, document_id) SELECT id, ${doc.id} FROM programs`);
      await insertJson(tx, 'program_targets', { id: 'int', program_id: 'int', parent_target_id: 'int', lineage: 'ltree', position: 'int', indicator: 'text',
        unit: 'text', kind: 'text', aggregation: 'text', criterion: 'text', baseline_value: 'numeric', baseline_on: 'date', target_value: 'numeric', deadline: 'date' },
      p.targets.map((t) => ({ ...t, baseline_on: t.baseline_value == null ? null : '2025-09-30', deadline: '2030-12-31' })));
      await insertJson(tx, 'target_values', { target_id: 'int', value: 'numeric', as_of: 'date', reported_at: 'timestamptz', reported_by: 'int', period_id: 'int' },
        p.values.map((v) => ({ ...v, reported_by: adminId })));
      await resetSequences(tx, ['programs', 'program_targets', 'report_periods']);
    });
    programs = { rootProgramId: data.root.id, rootSumTargetId: targetId(data.root.id, 0),
      leaves: p.targets.filter((t) => t.position === 0 && t.aggregation == null).length, quarters: p.quarters, dueDays: p.dueDays, seconds: (performance.now() - t0) / 1000 };
    Object.assign(counts, { programs: p.programs.length, targets: p.targets.length, targetValues: p.values.length,
      districtUnits: data.orgs.filter((o) => o.path.startsWith(`${district.path}.`)).length,
      reportPeriods: p.programs.length * p.quarters.length, reports: p.filings.filter((f) => f.filedAt).length,
      lateReports: p.filings.filter((f) => !f.filedAt || Date.parse(f.filedAt) > Date.parse(p.quarters[f.quarter].to) + (p.dueDays + 1) * 86_400_000 - 7 * 3_600_000).length });
    log(`  programs written in ${programs.seconds.toFixed(1)} s`);
  }
  // Fresh statistics, as autovacuum would have them on a live system.
  await db.execute(sql`ANALYZE`);

  const live = new Set(data.liveConferenceIds);
  return {
    campaignId: ids.campaignId,
    rootId: data.root.id,
    communeId: data.commune.id,
    districtId: district.id,
    programs,
    liveConferenceIds: data.liveConferenceIds,
    liveInvitations: data.invitations.filter((i) => live.has(i.c)).map((i) => ({ conferenceId: i.c, personId: i.p, bridgePointId: i.b })),
    counts,
    seconds: (performance.now() - started) / 1000,
  };
}
