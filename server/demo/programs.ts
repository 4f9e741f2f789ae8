// Demo action program: the district's term program for the congress resolution of 2020–2025, with the seeds' targets
// (advanced new-rural standard in 2024, urban type IV criteria by 2025, town status by 2030, economic and
// Party-building indicators), a program per commune built from it whose values roll up, and tasks given to communes.
// Deterministic: values are a function of the commune's place in the list, no random draws (the other seeds keep theirs).
import { bulkInsert } from '../core/db/bulk.js';
import { sql, type Queryable } from '../core/db/index.js';
import type { DocSeed } from './documents.js';
import type { OrgTree } from './orgs.js';
import { insertProgramReports } from './program-reports.js';

type Kind = 'number' | 'percentage' | 'boolean' | 'units_meeting';
interface TargetSpec {
  indicator: string; unit: string | null; kind: Kind; aggregation: 'sum' | 'avg' | 'count_meeting' | null; criterion?: string;
  baseline: number | null; target: number; deadline: string; milestones?: [number, number][];
  /** The district's own values (targets it reports itself). */
  own?: [string, number][];
  /** A commune's copy: its target and its values, from its index in the list. */
  commune?: { target: number; values: (i: number) => [string, number][] };
}

const CONGRESS = 'Nghị quyết Đại hội Đảng bộ huyện Triệu Sơn lần thứ XVIII, nhiệm kỳ 2020-2025';

const TARGETS: TargetSpec[] = [
  { indicator: 'Huyện đạt chuẩn nông thôn mới nâng cao', unit: null, kind: 'boolean', aggregation: null, baseline: 0, target: 1, deadline: '2024-12-31',
    own: [['2023-12-31', 0], ['2024-12-20', 1]] },
  { indicator: 'Số xã đạt chuẩn nông thôn mới nâng cao', unit: 'xã', kind: 'units_meeting', aggregation: 'count_meeting',
    criterion: 'Xã đạt chuẩn nông thôn mới nâng cao', baseline: 3, target: 30, deadline: '2024-12-31', milestones: [[2022, 12], [2023, 22], [2024, 30]],
    commune: { target: 1, values: (i) => [['2023-12-31', i % 3 === 0 ? 0 : 1], ['2024-12-31', i % 7 === 3 ? 0 : 1]] } },
  { indicator: 'Tỷ lệ tiêu chí đô thị loại IV đạt được', unit: '%', kind: 'percentage', aggregation: null, baseline: 60, target: 100, deadline: '2025-12-31',
    milestones: [[2023, 80], [2024, 90], [2025, 100]], own: [['2022-12-31', 72], ['2023-12-31', 81], ['2024-12-31', 90], ['2025-06-30', 94]] },
  { indicator: 'Huyện Triệu Sơn trở thành thị xã', unit: null, kind: 'boolean', aggregation: null, baseline: 0, target: 1, deadline: '2030-12-31',
    own: [['2025-06-30', 0]] },
  { indicator: 'Tốc độ tăng trưởng giá trị sản xuất bình quân', unit: '%/năm', kind: 'percentage', aggregation: 'avg', baseline: 7.5, target: 10, deadline: '2025-12-31',
    commune: { target: 10, values: (i) => [['2023-12-31', 8 + (i % 5) * 0.5], ['2024-12-31', 8.5 + (i % 6) * 0.6]] } },
  { indicator: 'Thu nhập bình quân đầu người', unit: 'triệu đồng', kind: 'number', aggregation: 'avg', baseline: 38, target: 65, deadline: '2025-12-31',
    milestones: [[2023, 52], [2024, 58], [2025, 65]],
    commune: { target: 65, values: (i) => [['2023-12-31', 48 + (i % 8)], ['2024-12-31', 54 + (i % 9)]] } },
  { indicator: 'Kết nạp đảng viên mới', unit: 'đảng viên', kind: 'number', aggregation: 'sum', baseline: 0, target: 1500, deadline: '2025-12-31',
    commune: { target: 40, values: (i) => [['2023-12-31', 22 + (i % 6) * 2], ['2024-12-31', 30 + (i % 7) * 2]] } },
  { indicator: 'Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên', unit: '%', kind: 'percentage', aggregation: null, baseline: 85, target: 90, deadline: '2025-12-31',
    own: [['2023-12-31', 87.9], ['2024-12-31', 89.7]] },
];

export async function insertPrograms(tx: Queryable, tree: OrgTree, docs: DocSeed[]) {
  const congress = docs.find((d) => d.title === CONGRESS);
  if (!congress) return;
  const adopting = docs.find((d) => d.type === 'CTr' && d.ownerOrgId === tree.district.id) ?? null;
  const programs: Record<string, unknown>[] = [];
  const targets: Record<string, unknown>[] = [];
  const milestones: Record<string, unknown>[] = [];
  const values: Record<string, unknown>[] = [];
  const tasks: Record<string, unknown>[] = [];
  // The term's program runs on to 2030, the deadline of its last target (town status), so units report on it today.
  const period = { period_from: '2020-10-01', period_to: '2030-12-31' };
  programs.push({ id: 1, org_id: tree.district.id, parent_program_id: null, title: 'Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XVIII',
    adopted_on: '2021-02-25', adopting_document_id: adopting?.id ?? null, ...period });
  let targetId = 0;
  let valueId = 0;
  const top = TARGETS.map((t, position) => {
    const id = ++targetId;
    targets.push({ id, program_id: 1, parent_target_id: null, lineage: String(id), position, indicator: t.indicator, unit: t.unit, kind: t.kind,
      aggregation: t.aggregation, criterion: t.criterion ?? null, baseline_value: t.baseline, baseline_on: t.baseline == null ? null : '2020-12-31',
      target_value: t.target, deadline: t.deadline });
    for (const [year, value] of t.milestones ?? []) milestones.push({ target_id: id, year, value });
    for (const [asOf, value] of t.own ?? []) values.push({ id: ++valueId, target_id: id, value, as_of: asOf });
    return id;
  });
  tree.communes.forEach((c, i) => {
    const programId = programs.length + 1;
    programs.push({ id: programId, org_id: c.id, parent_program_id: 1, title: `Chương trình hành động của ${c.name} thực hiện Nghị quyết Đại hội Đảng bộ huyện`,
      adopted_on: '2021-03-20', adopting_document_id: null, ...period });
    TARGETS.forEach((t, position) => {
      if (!t.commune) return;
      const id = ++targetId;
      const meeting = t.kind === 'units_meeting';
      targets.push({ id, program_id: programId, parent_target_id: top[position], lineage: `${top[position]}.${id}`, position,
        indicator: meeting ? t.criterion : t.indicator, unit: meeting ? null : t.unit, kind: meeting ? 'boolean' : t.kind, aggregation: null,
        criterion: null, baseline_value: meeting ? null : t.baseline, baseline_on: meeting ? null : '2020-12-31', target_value: t.commune.target, deadline: t.deadline });
      for (const [asOf, value] of t.commune.values(i)) values.push({ id: ++valueId, target_id: id, value, as_of: asOf });
    });
  });
  // Tasks the district gives: its own, and one per commune for the first six (two still open past the deadline).
  tasks.push({ id: 1, program_id: 1, title: 'Hoàn thiện hồ sơ đề nghị công nhận huyện đạt chuẩn nông thôn mới nâng cao', responsible_org_id: tree.district.id,
    deadline: '2024-11-30', status: 'done', done_on: '2024-11-25' });
  tasks.push({ id: 2, program_id: 1, title: 'Lập đề án đề nghị công nhận Triệu Sơn là thị xã', responsible_org_id: tree.district.id,
    deadline: '2029-06-30', status: 'in_progress', done_on: null });
  tree.communes.slice(0, 6).forEach((c, i) => {
    tasks.push({ id: tasks.length + 1, program_id: 1, title: `Hoàn thành các tiêu chí nông thôn mới nâng cao còn thiếu của ${c.name.replace('Đảng ủy ', '')}`,
      responsible_org_id: c.id, deadline: '2024-09-30', status: i < 4 ? 'done' : 'in_progress', done_on: i < 4 ? '2024-09-15' : null });
  });

  await bulkInsert(tx, 'programs', { id: 'int', org_id: 'int', parent_program_id: 'int', title: 'text', adopted_on: 'date', adopting_document_id: 'int', period_from: 'date', period_to: 'date' }, programs);
  await tx.execute(sql`INSERT INTO program_documents (program_id, document_id) SELECT id, ${congress.id} FROM programs`);
  await bulkInsert(tx, 'program_targets', {
    id: 'int', program_id: 'int', parent_target_id: 'int', lineage: 'ltree', position: 'int', indicator: 'text', unit: 'text', kind: 'text',
    aggregation: 'text', criterion: 'text', baseline_value: 'numeric', baseline_on: 'date', target_value: 'numeric', deadline: 'date',
  }, targets);
  await bulkInsert(tx, 'target_milestones', { target_id: 'int', year: 'int', value: 'numeric' }, milestones);
  await bulkInsert(tx, 'target_values', { id: 'int', target_id: 'int', value: 'numeric', as_of: 'date' }, values);
  // Reported by the unit's office account where the demo has one.
  await tx.execute(sql`UPDATE target_values v SET reported_by = g.account_id FROM program_targets t JOIN programs p ON p.id = t.program_id
    JOIN role_grants g ON g.org_id = p.org_id AND g.role = 'clerk' WHERE t.id = v.target_id`);
  await bulkInsert(tx, 'program_tasks', { id: 'int', program_id: 'int', title: 'text', responsible_org_id: 'int', deadline: 'date', status: 'text', done_on: 'date' }, tasks);
  for (const table of ['programs', 'program_targets', 'target_values', 'program_tasks']) {
    await tx.execute(sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), (SELECT max(id) FROM ${sql.raw(table)}))`);
  }
  await insertProgramReports(tx, tree);
}
