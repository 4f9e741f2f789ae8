-- Roll-ups at province scale (issue 8 item 8). A roll-up walks down from its target through the roll-up targets copied
-- from it, then reads their own-valued children: over 10,000 units that is one row per unit, so what a unit's row
-- needs must be on it.

-- The walk reads only roll-ups (a few hundred over 10,000 units), not every copy of the target (program_targets_parent).
CREATE INDEX program_targets_rollup_children ON program_targets (parent_target_id) WHERE aggregation IS NOT NULL;

-- A target's current value: its latest reported value (by as_of, then id), kept here by the triggers below on every
-- write of target_values, so a roll-up reads it with the target instead of probing target_values once per unit.
ALTER TABLE program_targets ADD COLUMN current_value numeric, ADD COLUMN current_as_of date;

CREATE FUNCTION program_targets_refresh_current(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- Lock the targets first, then read their values in a new snapshot: a concurrent report of the same target, committed
  -- while this one waited, is seen rather than overwritten (the app also locks the target before reporting).
  PERFORM 1 FROM program_targets WHERE id = ANY (ids) ORDER BY id FOR NO KEY UPDATE;
  UPDATE program_targets t SET current_value = lv.value, current_as_of = lv.as_of
  FROM unnest(ids) AS k(id)
  LEFT JOIN LATERAL (SELECT v.value, v.as_of FROM target_values v WHERE v.target_id = k.id ORDER BY v.as_of DESC, v.id DESC LIMIT 1) lv ON true
  WHERE t.id = k.id AND (t.current_value IS DISTINCT FROM lv.value OR t.current_as_of IS DISTINCT FROM lv.as_of);
END $$;

CREATE FUNCTION target_values_new_current() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM program_targets_refresh_current(ARRAY(SELECT DISTINCT target_id FROM new_rows));
  RETURN NULL;
END $$;
CREATE FUNCTION target_values_old_current() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM program_targets_refresh_current(ARRAY(SELECT DISTINCT target_id FROM old_rows));
  RETURN NULL;
END $$;
CREATE FUNCTION target_values_moved_current() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM program_targets_refresh_current(ARRAY(SELECT target_id FROM old_rows UNION SELECT target_id FROM new_rows));
  RETURN NULL;
END $$;
CREATE TRIGGER target_values_current_ins AFTER INSERT ON target_values REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION target_values_new_current();
CREATE TRIGGER target_values_current_upd AFTER UPDATE ON target_values REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION target_values_moved_current();
CREATE TRIGGER target_values_current_del AFTER DELETE ON target_values REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION target_values_old_current();

-- Values already reported.
SELECT program_targets_refresh_current(ARRAY(SELECT DISTINCT target_id FROM target_values));
