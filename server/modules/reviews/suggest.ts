// The suggested rating of a year's record: a starting point the committee confirms or overrides with its reason,
// never a verdict. Each rule names the facts it rests on, shown with the suggestion.
export const RATINGS = ['excellent', 'good', 'completed', 'not_completed'] as const;
export type Rating = (typeof RATINGS)[number];

export interface Basis { key: string; params?: Record<string, number> }
export interface Suggestion { rating: Rating | null; basis: Basis[] }

export interface PersonFacts {
  invited: number; attended: number; madeUp: number; excused: number; missed: number; late: number;
  flags: { late: number; incomplete_composition: number; unserious: number };
  tasks: { total: number; done: number; doneLate: number; overdue: number };
}

const pct = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 100);

/**
 * A member: attendance of the year's conferences they were invited to (a make-up attended counts), lateness, the
 * organizers' flags, the tasks they were responsible for. Nothing to go on (no conference held, no task): no suggestion.
 */
export function suggestPerson(f: PersonFacts): Suggestion {
  const present = f.attended + f.madeUp;
  const rate = pct(present, f.invited);
  const basis: Basis[] = [];
  if (f.invited) basis.push({ key: 'review_basis_attendance', params: { present, invited: f.invited, rate } });
  if (f.missed) basis.push({ key: 'review_basis_missed', params: { n: f.missed } });
  if (f.late) basis.push({ key: 'review_basis_late', params: { n: f.late } });
  if (f.flags.unserious) basis.push({ key: 'review_basis_unserious', params: { n: f.flags.unserious } });
  if (f.tasks.total) basis.push({ key: 'review_basis_tasks', params: { n: f.tasks.total, overdue: f.tasks.overdue, late: f.tasks.doneLate } });
  if (!f.invited && !f.tasks.total) return { rating: null, basis: [{ key: 'review_basis_no_facts' }] };
  if ((f.invited >= 2 && rate < 50) || f.flags.unserious >= 2 || f.tasks.overdue >= 2) return { rating: 'not_completed', basis };
  if (rate < 80 || f.missed > 0 || f.late >= 2 || f.flags.unserious > 0 || f.tasks.overdue > 0) return { rating: 'completed', basis };
  const spotless = f.invited > 0 && present === f.invited && f.late === 0 && f.flags.late === 0 && f.tasks.doneLate === 0;
  return { rating: spotless ? 'excellent' : 'good', basis };
}

export interface UnitFacts {
  obligations: number; studyLate: number; invited: number; attended: number;
  tasks: { total: number; overdue: number; doneLate: number };
  reports: { due: number; late: number; missing: number };
  recommendationsOverdue: number; poorFindings: number;
}

/**
 * A unit: its study obligations held on time, its people's participation, its tasks, its progress reports, what
 * inspections found (assessed limited or poor) and the recommendations it left past their deadline.
 */
export function suggestUnit(f: UnitFacts): Suggestion {
  const rate = pct(f.attended, f.invited);
  const basis: Basis[] = [];
  if (f.obligations) basis.push({ key: 'review_basis_obligations', params: { n: f.obligations, late: f.studyLate } });
  if (f.invited) basis.push({ key: 'review_basis_participation', params: { attended: f.attended, invited: f.invited, rate } });
  if (f.tasks.total) basis.push({ key: 'review_basis_tasks', params: { n: f.tasks.total, overdue: f.tasks.overdue, late: f.tasks.doneLate } });
  if (f.reports.due) basis.push({ key: 'review_basis_reports', params: { due: f.reports.due, late: f.reports.late, missing: f.reports.missing } });
  if (f.poorFindings) basis.push({ key: 'review_basis_findings', params: { n: f.poorFindings } });
  if (f.recommendationsOverdue) basis.push({ key: 'review_basis_recommendations', params: { n: f.recommendationsOverdue } });
  if (!f.obligations && !f.invited && !f.tasks.total && !f.reports.due) return { rating: null, basis: [{ key: 'review_basis_no_facts' }] };
  if ((f.invited && rate < 50) || f.studyLate >= 2 || f.tasks.overdue >= 3 || f.recommendationsOverdue >= 2) return { rating: 'not_completed', basis };
  if (rate < 80 || f.studyLate > 0 || f.tasks.overdue > 0 || f.reports.missing > 0 || f.recommendationsOverdue > 0 || f.poorFindings > 0) {
    return { rating: 'completed', basis };
  }
  const spotless = rate >= 95 && f.tasks.doneLate === 0 && f.reports.late === 0 && f.obligations > 0;
  return { rating: spotless ? 'excellent' : 'good', basis };
}
