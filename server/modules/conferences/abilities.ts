import { rows, sql, type Queryable } from '../../core/db/index.js';
import { can, type Actor } from '../../core/policy.js';

/**
 * What the caller may do to one conference and to each of its bridge points (abilities on the record, as
 * Outline's API gives them): the same checks the routes make, answered where the UI alone could not
 * (the organizer's unit and each point's unit are checked separately).
 */
export async function conferenceAbilities(q: Queryable, actor: Actor, c: { id: number; orgPath: string }) {
  const points = await rows<{ id: number; path: string }>(q, sql`SELECT bp.id, o.path::text AS path
    FROM bridge_points bp JOIN orgs o ON o.id = bp.org_id WHERE bp.conference_id = ${c.id}`);
  const here = (action: string) => can(actor, action, c.orgPath);
  const anywhere = (action: string) => here(action) || points.some((p) => can(actor, action, p.path));
  const conference = {
    update: here('conference.write'),
    recordAttendance: anywhere('attendance.record'),
    readEvaluations: anywhere('evaluation.read'),
    evaluate: here('evaluation.write'),
    moderate: here('dialogue.moderate'),
  };
  // Editing and removing a point is editing the conference; the point's own staff also record its connection check.
  const bridgePoints = new Map(points.map((p) => [p.id, {
    checkConnection: conference.update || can(actor, 'conference.write', p.path),
    recordAttendance: can(actor, 'attendance.record', p.path),
  }]));
  return { conference, bridgePoints };
}
