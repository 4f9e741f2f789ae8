-- Roll-up figures kept per roll-up target (issue 8 item 8). Computing a province target's roll-up on every read walked
-- its 10,000 units' copies (85 ms of query, p95 over 200 ms over HTTP); a program page now reads one row per target.
-- The figures are kept exact by the triggers below: a reported value (a leaf's current_value, 014) adds its difference
-- to the roll-ups above it; anything that changes which targets a roll-up counts (a target added, removed, copied from
-- another, made a roll-up or not; a unit moved, merged or closed; a program given to another unit) recomputes the
-- roll-ups concerned from scratch, with the same rule as before (target_rollups_compute).

-- Whether a target with this current value meets its target, in its direction (a rate may be meant to fall).
-- The one definition: programs/queries.ts metSql calls it.
CREATE FUNCTION program_target_met(kind text, target numeric, baseline numeric, value numeric) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN value IS NULL THEN false WHEN kind = 'boolean' THEN value = 1
    WHEN target >= coalesce(baseline, 0) THEN value >= target ELSE value <= target END
$$;

CREATE TABLE target_rollups (
  target_id  integer PRIMARY KEY REFERENCES program_targets(id) ON DELETE CASCADE,
  units      integer NOT NULL,            -- own-valued targets counted (the leaves)
  reported   integer NOT NULL,            -- of them, with a value
  met        integer NOT NULL,            -- of them, meeting their target
  total      numeric NOT NULL,            -- sum of their values (the average is total / reported)
  as_of      date                         -- the latest of their values' dates
);

-- The roll-up figures of the roll-up targets among `ids`, from scratch. A roll-up counts the targets copied from it at any
-- depth that report their own value with only roll-ups between (a commune reporting its own figure stands for its
-- cells, which may keep copies of their own), in active units below its own: one walk down from all of them through
-- the roll-ups (program_targets_rollup_children), their own-valued children read on program_targets_parent, checked
-- against the units below built once as a hashed set (IS TRUE keeps it a hashed subplan rather than a join planned on
-- blind ltree estimates).
CREATE FUNCTION target_rollups_compute(ids integer[])
RETURNS TABLE (target_id integer, units integer, reported integer, met integer, total numeric, as_of date)
LANGUAGE sql STABLE AS $$
  WITH RECURSIVE tops AS MATERIALIZED (SELECT tt.id, tpo.id AS org_id, tpo.path FROM program_targets tt
      JOIN programs tp ON tp.id = tt.program_id JOIN orgs tpo ON tpo.id = tp.org_id
      WHERE tt.id = ANY (ids) AND tt.aggregation IS NOT NULL),
    reached(top, id) AS (SELECT id, id FROM tops UNION ALL
      SELECT reached.top, c.id FROM program_targets c JOIN reached ON c.parent_target_id = reached.id WHERE c.aggregation IS NOT NULL),
    roll AS (SELECT reached.top, count(*)::int AS units, count(t.current_value)::int AS reported,
        count(*) FILTER (WHERE program_target_met(t.kind, t.target_value, t.baseline_value, t.current_value))::int AS met,
        coalesce(sum(t.current_value), 0) AS total, max(t.current_as_of) AS as_of
      FROM reached JOIN tops ON tops.id = reached.top
      JOIN program_targets t ON t.parent_target_id = reached.id AND t.aggregation IS NULL
      WHERE ((tops.org_id, t.program_id) IN (SELECT b.org_id, p.id FROM (SELECT DISTINCT org_id, path FROM tops) b
        JOIN orgs o ON o.path <@ b.path AND o.status = 'active' JOIN programs p ON p.org_id = o.id)) IS TRUE
      GROUP BY reached.top)
  SELECT tops.id, coalesce(roll.units, 0), coalesce(roll.reported, 0), coalesce(roll.met, 0), coalesce(roll.total, 0), roll.as_of
  FROM tops LEFT JOIN roll ON roll.top = tops.id
$$;

-- Recomputes the roll-ups among `ids` (other ids are ignored; a target no longer a roll-up loses its row).
CREATE FUNCTION target_rollups_refresh(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  -- Lock first, in id order like the deltas (no deadlock between them), then compute in a new snapshot: a difference
  -- committed by another report while this waited is counted, not overwritten.
  PERFORM 1 FROM target_rollups r WHERE r.target_id = ANY (ids) ORDER BY r.target_id FOR UPDATE;
  DELETE FROM target_rollups r WHERE r.target_id = ANY (ids)
    AND NOT EXISTS (SELECT 1 FROM program_targets t WHERE t.id = r.target_id AND t.aggregation IS NOT NULL);
  INSERT INTO target_rollups AS r (target_id, units, reported, met, total, as_of)
    SELECT * FROM target_rollups_compute(ids)
  ON CONFLICT (target_id) DO UPDATE SET units = excluded.units, reported = excluded.reported, met = excluded.met,
    total = excluded.total, as_of = excluded.as_of
  WHERE (r.units, r.reported, r.met, r.total, r.as_of) IS DISTINCT FROM
    (excluded.units, excluded.reported, excluded.met, excluded.total, excluded.as_of);
END $$;

-- A target's lineage as ids, itself included ("12.40.87" → {12,40,87}).
CREATE FUNCTION target_lineage_ids(lineage ltree) RETURNS integer[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT string_to_array(lineage::text, '.')::integer[]
$$;

-- Targets added or removed: the roll-ups above them, and the added roll-ups themselves.
CREATE FUNCTION program_targets_rollups_ins() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM target_rollups_refresh(ARRAY(SELECT DISTINCT unnest(target_lineage_ids(n.lineage)) FROM new_rows n));
  RETURN NULL;
END $$;
CREATE FUNCTION program_targets_rollups_del() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM target_rollups_refresh(ARRAY(SELECT DISTINCT unnest(target_lineage_ids(o.lineage)) FROM old_rows o));
  RETURN NULL;
END $$;

-- Targets changed. An own-valued target whose value, target or baseline changed adds its difference to the roll-ups
-- above it (walking up while the targets are roll-ups, in units above its own, itself in an active unit); when its
-- latest date may have moved back (a value removed or corrected to an earlier date) those roll-ups are recomputed.
-- A target whose place changed (parent, roll-up or not, program, lineage): the roll-ups above it, old and new, and
-- itself, recomputed after the differences (which they then supersede).
CREATE FUNCTION program_targets_rollups_upd() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  moved integer[];
  ids integer[]; d_reported integer[]; d_met integer[]; d_total numeric[]; d_as_of date[]; d_back boolean[];
BEGIN
  moved := ARRAY(SELECT DISTINCT x FROM old_rows o JOIN new_rows n ON n.id = o.id,
      unnest(target_lineage_ids(o.lineage) || target_lineage_ids(n.lineage)) AS x
    WHERE (o.parent_target_id, o.aggregation, o.program_id, o.lineage) IS DISTINCT FROM (n.parent_target_id, n.aggregation, n.program_id, n.lineage));

  WITH RECURSIVE changed AS (
      SELECT n.id, n.parent_target_id AS parent, n.program_id,
        (n.current_value IS NOT NULL)::int - (o.current_value IS NOT NULL)::int AS d_reported,
        program_target_met(n.kind, n.target_value, n.baseline_value, n.current_value)::int
          - program_target_met(o.kind, o.target_value, o.baseline_value, o.current_value)::int AS d_met,
        coalesce(n.current_value, 0) - coalesce(o.current_value, 0) AS d_total,
        n.current_as_of AS as_of,
        (o.current_as_of IS NOT NULL AND (n.current_as_of IS NULL OR n.current_as_of < o.current_as_of)) AS back
      FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE n.aggregation IS NULL AND o.aggregation IS NULL AND n.parent_target_id IS NOT NULL
        AND (o.parent_target_id, o.program_id, o.lineage) IS NOT DISTINCT FROM (n.parent_target_id, n.program_id, n.lineage)
        AND (o.current_value, o.current_as_of, o.kind, o.target_value, o.baseline_value)
          IS DISTINCT FROM (n.current_value, n.current_as_of, n.kind, n.target_value, n.baseline_value)),
    up(leaf, id) AS (SELECT c.id, p.id FROM changed c JOIN program_targets p ON p.id = c.parent AND p.aggregation IS NOT NULL
      UNION ALL
      SELECT up.leaf, g.id FROM up JOIN program_targets p ON p.id = up.id
        JOIN program_targets g ON g.id = p.parent_target_id AND g.aggregation IS NOT NULL),
    deltas AS (SELECT up.id, sum(c.d_reported)::int AS reported, sum(c.d_met)::int AS met, sum(c.d_total) AS total,
        max(c.as_of) AS as_of, bool_or(c.back) AS back
      FROM up JOIN changed c ON c.id = up.leaf
      JOIN programs lp ON lp.id = c.program_id JOIN orgs lo ON lo.id = lp.org_id AND lo.status = 'active'
      JOIN program_targets r ON r.id = up.id JOIN programs rp ON rp.id = r.program_id JOIN orgs ro ON ro.id = rp.org_id
      WHERE lo.path <@ ro.path
      GROUP BY up.id)
  SELECT array_agg(id ORDER BY id), array_agg(reported ORDER BY id), array_agg(met ORDER BY id), array_agg(total ORDER BY id),
      array_agg(as_of ORDER BY id), array_agg(back ORDER BY id)
    INTO ids, d_reported, d_met, d_total, d_as_of, d_back FROM deltas;

  IF ids IS NOT NULL THEN
    PERFORM 1 FROM target_rollups r JOIN unnest(ids, d_back) AS d(id, back) ON d.id = r.target_id AND NOT d.back
      ORDER BY r.target_id FOR UPDATE OF r;
    UPDATE target_rollups r SET reported = r.reported + d.reported, met = r.met + d.met, total = r.total + d.total,
        as_of = CASE WHEN r.as_of IS NULL OR d.as_of > r.as_of THEN d.as_of ELSE r.as_of END
      FROM unnest(ids, d_reported, d_met, d_total, d_as_of, d_back) AS d(id, reported, met, total, as_of, back)
      WHERE d.id = r.target_id AND NOT d.back
        AND (d.reported <> 0 OR d.met <> 0 OR d.total <> 0 OR d.as_of > r.as_of OR (r.as_of IS NULL AND d.as_of IS NOT NULL));
  END IF;
  PERFORM target_rollups_refresh(ARRAY(SELECT unnest(moved) UNION
    SELECT d.id FROM unnest(ids, d_back) AS d(id, back) WHERE d.back));
  RETURN NULL;
END $$;

CREATE TRIGGER program_targets_rollups_ins AFTER INSERT ON program_targets REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION program_targets_rollups_ins();
CREATE TRIGGER program_targets_rollups_upd AFTER UPDATE ON program_targets REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION program_targets_rollups_upd();
CREATE TRIGGER program_targets_rollups_del AFTER DELETE ON program_targets REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION program_targets_rollups_del();

-- A program given to another unit: its targets' roll-ups above, and its own roll-ups.
CREATE FUNCTION programs_rollups_upd() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM target_rollups_refresh(ARRAY(SELECT DISTINCT unnest(target_lineage_ids(t.lineage))
    FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN program_targets t ON t.program_id = n.id
    WHERE o.org_id IS DISTINCT FROM n.org_id));
  RETURN NULL;
END $$;
CREATE TRIGGER programs_rollups_upd AFTER UPDATE ON programs REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION programs_rollups_upd();

-- A unit moved, merged, closed or reopened: the roll-ups of the units above it (old place and new) and in its subtree.
CREATE FUNCTION orgs_rollups_upd() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE o.path IS DISTINCT FROM n.path OR o.status IS DISTINCT FROM n.status) THEN RETURN NULL; END IF;
  PERFORM target_rollups_refresh(ARRAY(SELECT t.id FROM program_targets t JOIN programs p ON p.id = t.program_id
    JOIN orgs po ON po.id = p.org_id
    WHERE t.aggregation IS NOT NULL AND EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.path IS DISTINCT FROM n.path OR o.status IS DISTINCT FROM n.status) AND (po.path @> o.path OR po.path @> n.path))));
  RETURN NULL;
END $$;
CREATE TRIGGER orgs_rollups_upd AFTER UPDATE ON orgs REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION orgs_rollups_upd();

-- The roll-ups of what exists.
SELECT target_rollups_refresh(ARRAY(SELECT id FROM program_targets WHERE aggregation IS NOT NULL));
