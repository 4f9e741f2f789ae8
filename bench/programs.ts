// Action programs on the benchmark province (issue 8 item 8), built in memory from their own seed (pure: the same units
// and "now" give the same rows; the campaign part of the dataset keeps its own draws). A program per unit — 10,006:
// the province's at the top, each unit's cascaded from its parent's, down to the cells and the mass organizations — with
// the five targets below, and values for the last four completed quarters before "now".
import { Rng } from '../server/demo/rng.js';
import { BENCH_SEED, type Org } from './dataset.js';

export const TARGETS_PER_PROGRAM = 5;

type Kind = 'number' | 'percentage' | 'boolean' | 'units_meeting';
type Agg = 'sum' | 'avg' | 'count_meeting' | null;
type Level = 'province' | 'district' | 'grassroots' | 'cell' | 'mass_org';

/**
 * The province's targets and how each level keeps its copy (the cascade copies a target with no aggregation, a "units
 * meeting" one as the yes/no of meeting it; the units above edit their copies back to roll-ups, as a unit would):
 * - 0 sum and 1 avg: rolled up down to the grassroots, reported by the cells and mass organizations (9,378 leaves);
 * - 2 count of units meeting a criterion: counted down to the grassroots, the cells and mass organizations answer yes/no;
 * - 3 the unit's own figure at every level (no roll-up);
 * - 4 sum reported by the grassroots and mass organizations: the cells keep their copies unreported, cut off by their
 *   grassroots' own value (a commune's figure stands for its cells).
 */
const SPECS: { indicator: string; unit: string | null; kind: Kind; criterion?: string; baseline: number; target: number; rolls: Level[]; agg: Agg }[] = [
  { indicator: 'Kết nạp đảng viên mới', unit: 'đảng viên', kind: 'number', baseline: 0, target: 15_000, agg: 'sum', rolls: ['province', 'district', 'grassroots'] },
  { indicator: 'Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên', unit: '%', kind: 'percentage', baseline: 85, target: 92, agg: 'avg', rolls: ['province', 'district', 'grassroots'] },
  { indicator: 'Số tổ chức đảng, đoàn thể hoàn thành tốt nhiệm vụ trở lên', unit: 'đơn vị', kind: 'units_meeting', criterion: 'Hoàn thành tốt nhiệm vụ trở lên',
    baseline: 7_000, target: 8_500, agg: 'count_meeting', rolls: ['province', 'district', 'grassroots'] },
  { indicator: 'Số cuộc kiểm tra, giám sát của cấp ủy', unit: 'cuộc', kind: 'number', baseline: 0, target: 12, agg: null, rolls: [] },
  { indicator: 'Vận động Quỹ Vì người nghèo', unit: 'triệu đồng', kind: 'number', baseline: 0, target: 60_000, agg: 'sum', rolls: ['province', 'district'] },
];

export interface Quarter { from: string; to: string; label: string }
export interface ProgramRow { id: number; org_id: number; parent_program_id: number | null; title: string }
export interface TargetRow {
  id: number; program_id: number; parent_target_id: number | null; lineage: string; position: number; indicator: string; unit: string | null;
  kind: Kind; aggregation: Agg; criterion: string | null; baseline_value: number | null; target_value: number;
}
export interface ValueRow { target_id: number; value: number; as_of: string; reported_at: string; period_id: number }
/** A unit's report for a quarter: filed when (null: not yet, maybe a draft). */
export interface Filing { orgId: number; quarter: number; filedAt: string | null; draft: boolean }

export interface ProgramData {
  /** The last four completed quarters, then the current one (not due yet). */
  quarters: Quarter[]; programs: ProgramRow[]; targets: TargetRow[]; values: ValueRow[]; filings: Filing[];
  /** Days after a quarter's end a report is due. */
  dueDays: number;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const DAY = 86_400_000;

/** The `n` quarters that ended before `now` (VN dates), oldest first, then the current one. */
export function lastQuarters(now: Date, n = 4): Quarter[] {
  const vn = new Date(now.getTime() + 7 * 3_600_000);
  let y = vn.getUTCFullYear();
  let q = Math.floor(vn.getUTCMonth() / 3) + 1; // one past the current quarter (0-based)
  const out: Quarter[] = [];
  for (let i = 0; i <= n; i++) {
    q -= 1;
    if (q < 0) { q = 3; y -= 1; }
    const from = new Date(Date.UTC(y, q * 3, 1));
    const to = new Date(Date.UTC(y, q * 3 + 3, 0));
    out.unshift({ from: day(from), to: day(to), label: `Quý ${['I', 'II', 'III', 'IV'][q]}/${y}` });
  }
  return out;
}

const levelOf = (o: Org): Level => o.kind as Level;
/** One program per unit, its id the unit's; target k of program p is (p − 1) × 5 + k + 1, its period q (p − 1) × 5 + q + 1. */
export const targetId = (orgId: number, k: number) => (orgId - 1) * TARGETS_PER_PROGRAM + k + 1;
export const periodId = (orgId: number, q: number) => (orgId - 1) * 5 + q + 1;

export function buildPrograms(orgs: Org[], now: Date): ProgramData {
  const rng = new Rng(BENCH_SEED ^ 0x5e_a4_08);
  const quarters = lastQuarters(now);
  const dueDays = 10;
  const programs: ProgramRow[] = [];
  const targets: TargetRow[] = [];
  const leavesUnder = new Map<number, number>(); // org id → cells and mass orgs below (for the count targets)
  for (const o of orgs) {
    if (o.kind !== 'cell' && o.kind !== 'mass_org') continue;
    for (const id of o.path.split('.').slice(0, -1)) leavesUnder.set(Number(id), (leavesUnder.get(Number(id)) ?? 0) + 1);
  }
  for (const o of orgs) {
    const level = levelOf(o);
    programs.push({ id: o.id, org_id: o.id, parent_program_id: o.parentId,
      title: `Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX (${o.name})` });
    const chain = o.path.split('.').map(Number);
    SPECS.forEach((s, k) => {
      const rolls = s.rolls.includes(level);
      const meeting = s.kind === 'units_meeting' && !rolls;
      const under = leavesUnder.get(o.id) ?? 1;
      // A copy's own target: the province's share for a roll-up or sum, the unit's own for a leaf.
      const target = meeting ? 1 : s.kind === 'units_meeting' ? Math.round(under * 0.9) : s.agg === 'sum' && !rolls ? (k === 0 ? 2 : 60)
        : s.agg === 'sum' ? Math.round((s.target * under) / 9378) : s.target;
      targets.push({
        id: targetId(o.id, k), program_id: o.id, parent_target_id: o.parentId ? targetId(o.parentId, k) : null,
        lineage: chain.map((id) => targetId(id, k)).join('.'), position: k,
        indicator: meeting ? s.criterion! : s.indicator, unit: meeting ? null : s.unit, kind: meeting ? 'boolean' : s.kind,
        aggregation: rolls ? s.agg : null, criterion: rolls ? s.criterion ?? null : null,
        baseline_value: meeting ? null : s.kind === 'units_meeting' ? Math.round(under * 0.75) : s.agg === 'sum' ? 0 : s.baseline, target_value: target,
      });
    });
  }

  // Filings: a unit files for a quarter or not yet; most on time, some after the due day; the last quarter has the most
  // missing (still late). Each filing gives a value to every own-valued target the unit reports.
  const filings: Filing[] = [];
  const values: ValueRow[] = [];
  const fileRate = [0.98, 0.97, 0.95, 0.82];
  for (const o of orgs) {
    const level = levelOf(o);
    const cumulative = [0, 0, 0, 0, 0];
    quarters.slice(0, 4).forEach((qt, qi) => {
      const due = new Date(Date.parse(qt.to) + dueDays * DAY);
      const filed = rng.chance(fileRate[qi]);
      const lateBy = filed && rng.chance(0.12) ? rng.int(1, 20) : 0;
      const at = new Date(due.getTime() - (lateBy ? -lateBy : rng.int(0, dueDays - 1)) * DAY + rng.int(8, 17) * 3_600_000);
      const filedAt = filed && at <= now ? at.toISOString() : null;
      filings.push({ orgId: o.id, quarter: qi, filedAt, draft: !filedAt && rng.chance(0.3) });
      if (!filedAt) return;
      SPECS.forEach((s, k) => {
        if (s.rolls.includes(level)) return;
        if (k === 4 && level === 'cell') return; // the commune reports the fund for its cells
        let value: number;
        if (s.kind === 'units_meeting') value = rng.chance(0.85 + qi * 0.02) ? 1 : 0;
        else if (s.kind === 'percentage') value = rng.int(780, 1000) / 10;
        else if (k === 0) value = cumulative[k] += rng.int(0, 1);
        else if (k === 3) value = cumulative[k] += rng.int(0, 2);
        else value = cumulative[k] += rng.int(2, 25);
        values.push({ target_id: targetId(o.id, k), value, as_of: qt.to, reported_at: filedAt, period_id: periodId(o.id, qi) });
      });
    });
  }
  return { quarters, programs, targets, values, filings, dueDays };
}
