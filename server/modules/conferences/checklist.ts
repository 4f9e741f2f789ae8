import { one, type Db, sql } from '../../core/db/index.js';
import { staffConference } from './access.js';
import type { Checklist } from './schemas.js';

type State = Checklist['items'][number]['state'];

/**
 * What is still missing before the conference can run, computed from the records so every page shows the
 * same answer: materials, agenda and presenters, bridge points (with their connection check when the
 * conference is followed remotely), invitations (all placed at a point?) and the hall QR (needs the main point).
 */
export async function checklist(db: Db, actor: Parameters<typeof staffConference>[1], id: number): Promise<Checklist> {
  const c = await staffConference(db, actor, id);
  const n = (await one<Record<string, number>>(db, sql`SELECT
      (SELECT count(*)::int FROM conference_materials WHERE conference_id = ${id}) AS materials,
      (SELECT count(*)::int FROM agenda_items WHERE conference_id = ${id}) AS "agendaItems",
      (SELECT count(*)::int FROM agenda_items WHERE conference_id = ${id} AND presenter_person_id IS NOT NULL) AS presenters,
      (SELECT count(*)::int FROM bridge_points WHERE conference_id = ${id}) AS points,
      (SELECT count(*)::int FROM bridge_points WHERE conference_id = ${id} AND is_main) AS main,
      (SELECT count(*)::int FROM bridge_points WHERE conference_id = ${id} AND connection_ok) AS ready,
      (SELECT count(*)::int FROM bridge_points WHERE conference_id = ${id} AND connection_ok = false) AS failed,
      (SELECT count(*)::int FROM bridge_points WHERE conference_id = ${id} AND connection_ok IS NULL) AS unchecked,
      (SELECT count(*)::int FROM invitations WHERE conference_id = ${id}) AS invited,
      (SELECT count(*)::int FROM invitations WHERE conference_id = ${id} AND bridge_point_id IS NULL) AS unplaced`))!;
  // An in-person conference has no link to check; remote points (and the hall, when it broadcasts) do.
  const remote = c.format !== 'in_person';
  const points: State = !n.main ? 'todo' : remote && (n.failed || n.unchecked) ? 'warning' : 'done';
  const items: Checklist['items'] = [
    { key: 'materials', state: n.materials ? 'done' : 'todo', counts: { materials: n.materials } },
    {
      key: 'agenda', state: !n.agendaItems ? 'todo' : !n.presenters ? 'warning' : 'done',
      counts: { items: n.agendaItems, presenters: n.presenters },
    },
    {
      key: 'bridgePoints', state: points,
      counts: { total: n.points, main: n.main, ready: n.ready, failed: n.failed, unchecked: n.unchecked, remote: remote ? 1 : 0 },
    },
    {
      key: 'invitations', state: !n.invited ? 'todo' : n.unplaced ? 'warning' : 'done',
      counts: { invited: n.invited, unplaced: n.unplaced, rules: (c.audience.rules ?? []).length },
    },
    { key: 'hallQr', state: n.main ? 'done' : 'todo', counts: { main: n.main } },
  ];
  return { ready: items.every((i) => i.state === 'done'), items };
}
