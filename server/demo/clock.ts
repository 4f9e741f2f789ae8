// On every start of a demo installation, the conferences of demo_schedule move to their time relative to now
// (the running one started 30 minutes ago, the clerks' ones in the coming days), with the times of their records,
// so the demo can be tried at once however long ago it was seeded. Contents never change, only times; each move
// is written to the audit log as a change of the conference's times by the system.
import { audit } from '../core/audit.js';
import { rows, sql, type Db, type SQL } from '../core/db/index.js';
import { scheduledStart, type Anchor } from './study-now.js';

const iso = (col: SQL) => sql`to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

interface Row { id: number; anchor: Anchor; offset: number; startsAt: string; endsAt: string; orgPath: string }

/** Moves the scheduled demo conferences to now; returns how many moved (0 when already in place or no demo). */
export async function refreshDemoClock(db: Db, now = Date.now()): Promise<number> {
  return db.transaction(async (tx) => {
    const list = await rows<Row>(tx, sql`SELECT c.id, s.anchor, s.offset_minutes AS offset, ${iso(sql`c.starts_at`)} AS "startsAt", ${iso(sql`c.ends_at`)} AS "endsAt",
        o.path::text AS "orgPath"
      FROM demo_schedule s JOIN conferences c ON c.id = s.conference_id JOIN orgs o ON o.id = c.org_id ORDER BY c.id FOR UPDATE OF c`);
    let moved = 0;
    const at = new Date(now).toISOString();
    for (const c of list) {
      const target = scheduledStart(c.anchor, c.offset, now);
      const delta = target - Date.parse(c.startsAt);
      if (delta === 0) continue;
      const shift = sql`(${delta}::bigint * interval '1 millisecond')`;
      // Records made while trying the demo move with it, never past the present moment.
      const capped = (col: string) => sql`LEAST(${sql.raw(col)} + ${shift}, ${at}::timestamptz)`;
      const after = (await rows<{ startsAt: string; endsAt: string }>(tx, sql`UPDATE conferences SET starts_at = starts_at + ${shift},
          ends_at = ends_at + ${shift}, created_at = LEAST(created_at + ${shift}, ${at}::timestamptz)
        WHERE id = ${c.id} RETURNING ${iso(sql`starts_at`)} AS "startsAt", ${iso(sql`ends_at`)} AS "endsAt"`))[0];
      await tx.execute(sql`UPDATE bridge_points SET checked_at = ${capped('checked_at')} WHERE conference_id = ${c.id} AND checked_at IS NOT NULL`);
      await tx.execute(sql`UPDATE attendance a SET checked_at = ${capped('checked_at')}, received_at = ${capped('received_at')},
          late_minutes = greatest(0, floor(extract(epoch FROM ${capped('checked_at')} - c.starts_at) / 60))::int
        FROM conferences c WHERE c.id = a.conference_id AND a.conference_id = ${c.id}`);
      await tx.execute(sql`UPDATE absences SET recorded_at = ${capped('recorded_at')} WHERE conference_id = ${c.id}`);
      await tx.execute(sql`UPDATE questions SET created_at = ${capped('created_at')}, answered_at = ${capped('answered_at')} WHERE conference_id = ${c.id}`);
      await tx.execute(sql`UPDATE notifications SET created_at = ${capped('created_at')}, params = jsonb_set(params, '{when}',
          to_jsonb(to_char(${after.startsAt}::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh', 'HH24:MI, DD/MM/YYYY')))
        WHERE kind = 'invitation' AND link = ${`/me/conferences/${c.id}`} AND params ? 'when'`);
      await tx.execute(sql`UPDATE presenter_ratings SET created_at = ${capped('created_at')}, updated_at = ${capped('updated_at')} WHERE conference_id = ${c.id}`);
      await audit(tx, null, { action: 'update', entity: 'conference', entityId: c.id, orgPath: c.orgPath,
        before: { startsAt: c.startsAt, endsAt: c.endsAt }, after });
      moved++;
    }
    return moved;
  });
}
