-- Live counts read kept figures instead of counting a conference's rows: the national conference has 31,000 bridge
-- points and 1.93 million invitations, and every live flush or watcher's snapshot used to count them again.
--
-- bridge_point_counts: per conference and bridge point (0 = none: a self check-in without a point, an invitation not
--   placed yet) the people invited there and the attendance records there (extras included, like count(*) did).
--   There is deliberately no per-conference total row: every check-in would update that one row and all check-ins
--   of the conference would queue on its lock. A conference's total is the sum over its point rows.
--
-- Kept by statement-level triggers with transition tables (like 005): one grouped upsert per statement, rows locked
-- in key order; an update that moves no row to another conference or point (a roll-call correction, a note) writes
-- nothing. Bulk loads that disable triggers call participation_rebuild(), which now rebuilds these counts too.

CREATE TABLE bridge_point_counts (
  conference_id    integer NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
  bridge_point_id  integer NOT NULL,            -- 0 = no bridge point (no foreign key: 0 is no row)
  invited          integer NOT NULL DEFAULT 0,
  attended         integer NOT NULL DEFAULT 0,
  PRIMARY KEY (conference_id, bridge_point_id)
);

-- A watcher's bridge points in scope, found from the units of their subtree rather than from all 31,000 points.
CREATE INDEX bridge_points_org ON bridge_points (org_id, conference_id);

CREATE TYPE bridge_point_delta AS (conference_id integer, bridge_point_id integer, invited integer, attended integer);

-- Adds grouped differences, in key order so that concurrent writers lock count rows in the same order.
CREATE FUNCTION bridge_point_counts_apply(d bridge_point_delta[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO bridge_point_counts AS k (conference_id, bridge_point_id, invited, attended)
  SELECT x.conference_id, x.bridge_point_id, sum(x.invited), sum(x.attended)
  FROM unnest(d) AS x
  WHERE EXISTS (SELECT 1 FROM conferences c WHERE c.id = x.conference_id)   -- not for a conference being deleted
  GROUP BY 1, 2
  HAVING sum(x.invited) <> 0 OR sum(x.attended) <> 0
  ORDER BY 1, 2
  ON CONFLICT (conference_id, bridge_point_id) DO UPDATE SET invited = k.invited + EXCLUDED.invited, attended = k.attended + EXCLUDED.attended
$$;

CREATE FUNCTION bridge_point_counts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  inv integer := CASE WHEN TG_TABLE_NAME = 'invitations' THEN 1 ELSE 0 END;
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM bridge_point_counts_apply(ARRAY(
      SELECT (n.conference_id, coalesce(n.bridge_point_id, 0), count(*) * inv, count(*) * (1 - inv))::bridge_point_delta
      FROM new_rows n GROUP BY n.conference_id, coalesce(n.bridge_point_id, 0)));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM bridge_point_counts_apply(ARRAY(
      SELECT (o.conference_id, coalesce(o.bridge_point_id, 0), -count(*) * inv, -count(*) * (1 - inv))::bridge_point_delta
      FROM old_rows o GROUP BY o.conference_id, coalesce(o.bridge_point_id, 0)));
  ELSE
    -- Rows that keep their conference and point cancel out (HAVING in apply): nothing is written for them.
    PERFORM bridge_point_counts_apply(ARRAY(
      SELECT (x.conference_id, x.bp, sum(x.n) * inv, sum(x.n) * (1 - inv))::bridge_point_delta FROM (
          SELECT n.conference_id, coalesce(n.bridge_point_id, 0) AS bp, 1 AS n FROM new_rows n
          UNION ALL SELECT o.conference_id, coalesce(o.bridge_point_id, 0), -1 FROM old_rows o) x
      GROUP BY x.conference_id, x.bp HAVING sum(x.n) <> 0));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER invitations_point_counts_ins AFTER INSERT ON invitations REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bridge_point_counts_changed();
CREATE TRIGGER invitations_point_counts_upd AFTER UPDATE ON invitations REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bridge_point_counts_changed();
CREATE TRIGGER invitations_point_counts_del AFTER DELETE ON invitations REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bridge_point_counts_changed();
CREATE TRIGGER attendance_point_counts_ins AFTER INSERT ON attendance REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bridge_point_counts_changed();
CREATE TRIGGER attendance_point_counts_upd AFTER UPDATE ON attendance REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bridge_point_counts_changed();
CREATE TRIGGER attendance_point_counts_del AFTER DELETE ON attendance REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bridge_point_counts_changed();

-- A removed bridge point had no rows left (the foreign keys of invitations and attendance): its zero row goes too.
CREATE FUNCTION bridge_point_counts_point_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM bridge_point_counts k USING old_rows o WHERE k.conference_id = o.conference_id AND k.bridge_point_id = o.id;
  RETURN NULL;
END $$;

CREATE TRIGGER bridge_points_point_counts_del AFTER DELETE ON bridge_points REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bridge_point_counts_point_removed();

-- From scratch, for bulk loads that bypass triggers and as a repair tool.
CREATE FUNCTION bridge_point_counts_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM bridge_point_counts;
  INSERT INTO bridge_point_counts (conference_id, bridge_point_id, invited, attended)
  SELECT x.conference_id, x.bp, sum(x.inv), sum(x.att) FROM (
      SELECT conference_id, coalesce(bridge_point_id, 0) AS bp, count(*) AS inv, 0 AS att FROM invitations GROUP BY 1, 2
      UNION ALL
      SELECT conference_id, coalesce(bridge_point_id, 0), 0, count(*) FROM attendance GROUP BY 1, 2) x
  GROUP BY 1, 2 ORDER BY 1, 2;
END $$;

-- The one repair entry point the bulk loaders already call (server/demo/study.ts): the participation counts as in 005,
-- then these.
CREATE OR REPLACE FUNCTION participation_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE campaign_unit_counts, campaign_people;
  PERFORM campaign_people_resync(ARRAY(SELECT DISTINCT person_id FROM invitations UNION SELECT person_id FROM attendance));
  PERFORM bridge_point_counts_rebuild();
END $$;

SELECT bridge_point_counts_rebuild();
