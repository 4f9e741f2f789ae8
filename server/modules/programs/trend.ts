// Off-track targets (issue 8 item 2): on the current trend, will the target be reached by its deadline? The trend is
// the least-squares line through the dated values (the baseline counts as the first), so one odd figure moves it
// less than a line through the first and last would.
export interface Point { on: string; value: number }

const DAY = 86400_000;
const dayNumber = (d: string) => Date.parse(`${d}T00:00:00Z`) / DAY;

/** The value the least-squares line through `points` gives on day `at`; null with fewer than two distinct dates. */
export function projectAt(points: Point[], at: string): number | null {
  if (points.length < 2) return null;
  const xs = points.map((p) => dayNumber(p.on));
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = points.reduce((a, p) => a + p.value, 0) / n;
  let sxx = 0;
  let sxy = 0;
  points.forEach((p, i) => { sxx += (xs[i] - mx) ** 2; sxy += (xs[i] - mx) * (p.value - my); });
  if (sxx === 0) return null;
  return my + (sxy / sxx) * (dayNumber(at) - mx);
}

export interface TrendInput {
  kind: 'number' | 'percentage' | 'boolean' | 'units_meeting';
  baseline: number | null; baselineOn: string | null; target: number; deadline: string;
  /** Reported values (or a roll-up's current value) with their dates. */
  points: Point[];
  achieved: boolean;
  today: string;
}

/**
 * offTrack: not reached and, on the trend, not reached by the deadline (or the deadline passed without it).
 * projected: the trend's value at the deadline (rounded), null when there is no trend (yes/no, or a single figure).
 */
export function trendOf(t: TrendInput): { offTrack: boolean; projected: number | null } {
  const points = [...(t.baseline != null && t.baselineOn ? [{ on: t.baselineOn, value: t.baseline }] : []), ...t.points]
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const raw = t.kind === 'boolean' ? null : projectAt(points, t.deadline);
  const projected = raw == null ? null : Math.round(raw * 100) / 100;
  if (t.achieved) return { offTrack: false, projected };
  if (t.deadline < t.today) return { offTrack: true, projected };
  if (projected == null) return { offTrack: false, projected };
  const up = t.target >= (t.baseline ?? points[0]?.value ?? 0);
  return { offTrack: up ? projected < t.target : projected > t.target, projected };
}
