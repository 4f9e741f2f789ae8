-- Participation roll-ups read counts kept up to date by triggers instead of scanning every invitation and
-- attendance row of a campaign: the whole province is ~10k count rows, not ~500k invitation/attendance rows.
--
-- campaign_people: one row per person per campaign — the tiers they were invited to and the tiers they
--   attended, as bit masks (a person counts once per campaign however many sessions they attended), under
--   the person's current unit, like every other report.
-- campaign_unit_counts: per campaign, unit and tier ('' = any tier) the people invited and, of them, present.
--
-- Inserts (the hot path: check-ins, invitation lists) OR bits in; deletes and changes of a conference's
-- tier or campaign or of a person's unit recount the people concerned from their rows. All triggers are
-- per statement with transition tables, so a batch of check-ins costs a few set-based statements.
-- Bulk loads that disable triggers (session_replication_role = replica) call participation_rebuild().

CREATE FUNCTION tier_bit(tier text) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE tier WHEN 'key_cadre' THEN 1 WHEN 'presenters_staff' THEN 2 WHEN 'mass_org' THEN 4 WHEN 'all_members' THEN 8 ELSE 0 END
$$;

ALTER TABLE conferences ADD CONSTRAINT conferences_tier_known CHECK (tier_bit(tier) > 0);

CREATE TABLE campaign_people (
  campaign_id  integer NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
  person_id    integer NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  org_id       integer NOT NULL,
  invited      integer NOT NULL DEFAULT 0,   -- tier bits of the conferences they were invited to
  attended     integer NOT NULL DEFAULT 0,   -- tier bits of the conferences they were present at
  PRIMARY KEY (campaign_id, person_id)
);
CREATE INDEX campaign_people_person ON campaign_people (person_id);

CREATE TABLE campaign_unit_counts (
  campaign_id  integer NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
  org_id       integer NOT NULL,
  tier         text NOT NULL,                -- '' = any tier
  invited      integer NOT NULL DEFAULT 0,
  attended     integer NOT NULL DEFAULT 0,   -- of those invited, present (per tier: at a conference of that tier)
  PRIMARY KEY (campaign_id, org_id, tier)
);

CREATE TYPE campaign_person_delta AS (campaign_id integer, org_id integer, invited integer, attended integer, sign integer);

-- Adds the rows' contributions (sign +1) and removes the old ones (sign -1), in key order so that concurrent
-- writers lock count rows in the same order.
CREATE FUNCTION campaign_counts_apply(d campaign_person_delta[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO campaign_unit_counts AS k (campaign_id, org_id, tier, invited, attended)
  SELECT x.campaign_id, x.org_id, t.tier,
    sum(x.sign * (CASE WHEN t.bit = 0 THEN x.invited <> 0 ELSE x.invited & t.bit <> 0 END)::int),
    sum(x.sign * (CASE WHEN t.bit = 0 THEN x.invited <> 0 AND x.attended <> 0 ELSE x.invited & x.attended & t.bit <> 0 END)::int)
  FROM unnest(d) AS x
  CROSS JOIN (VALUES ('', 0), ('key_cadre', 1), ('presenters_staff', 2), ('mass_org', 4), ('all_members', 8)) AS t(tier, bit)
  WHERE EXISTS (SELECT 1 FROM campaigns c WHERE c.id = x.campaign_id)   -- not for a campaign being deleted
  GROUP BY x.campaign_id, x.org_id, t.tier
  HAVING sum(x.sign * (CASE WHEN t.bit = 0 THEN x.invited <> 0 ELSE x.invited & t.bit <> 0 END)::int) <> 0
      OR sum(x.sign * (CASE WHEN t.bit = 0 THEN x.invited <> 0 AND x.attended <> 0 ELSE x.invited & x.attended & t.bit <> 0 END)::int) <> 0
  ORDER BY 1, 2, 3
  ON CONFLICT (campaign_id, org_id, tier) DO UPDATE SET invited = k.invited + EXCLUDED.invited, attended = k.attended + EXCLUDED.attended
$$;

CREATE FUNCTION campaign_people_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM campaign_counts_apply(ARRAY(SELECT (n.campaign_id, n.org_id, n.invited, n.attended, 1)::campaign_person_delta FROM new_rows n));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM campaign_counts_apply(ARRAY(
      SELECT (n.campaign_id, n.org_id, n.invited, n.attended, 1)::campaign_person_delta FROM new_rows n
      UNION ALL SELECT (o.campaign_id, o.org_id, o.invited, o.attended, -1)::campaign_person_delta FROM old_rows o));
  ELSE
    PERFORM campaign_counts_apply(ARRAY(SELECT (o.campaign_id, o.org_id, o.invited, o.attended, -1)::campaign_person_delta FROM old_rows o));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER campaign_people_counted_ins AFTER INSERT ON campaign_people REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION campaign_people_counted();
CREATE TRIGGER campaign_people_counted_upd AFTER UPDATE ON campaign_people REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION campaign_people_counted();
CREATE TRIGGER campaign_people_counted_del AFTER DELETE ON campaign_people REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION campaign_people_counted();

-- New invitations or attendance: OR the conference's tier bit into each person's row of its campaign.
CREATE FUNCTION campaign_people_added() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  is_attendance boolean := TG_TABLE_NAME = 'attendance';
BEGIN
  INSERT INTO campaign_people AS cp (campaign_id, person_id, org_id, invited, attended)
  SELECT c.campaign_id, n.person_id, p.org_id,
    CASE WHEN is_attendance THEN 0 ELSE bit_or(tier_bit(c.tier)) END, CASE WHEN is_attendance THEN bit_or(tier_bit(c.tier)) ELSE 0 END
  FROM new_rows n JOIN conferences c ON c.id = n.conference_id JOIN people p ON p.id = n.person_id
  GROUP BY c.campaign_id, n.person_id, p.org_id
  ORDER BY 1, 2
  ON CONFLICT (campaign_id, person_id) DO UPDATE SET invited = cp.invited | EXCLUDED.invited, attended = cp.attended | EXCLUDED.attended
    WHERE (cp.invited | EXCLUDED.invited, cp.attended | EXCLUDED.attended) IS DISTINCT FROM (cp.invited, cp.attended);
  RETURN NULL;
END $$;

-- Recounts the given people's rows (all their campaigns) from their invitations and attendance: their rows
-- go, with their counts, and come back fresh.
CREATE FUNCTION campaign_people_resync(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM campaign_people WHERE person_id = ANY (ids);
  INSERT INTO campaign_people (campaign_id, person_id, org_id, invited, attended)
  SELECT x.campaign_id, x.person_id, p.org_id, bit_or(x.inv), bit_or(x.att) FROM (
      SELECT c.campaign_id, i.person_id, tier_bit(c.tier) AS inv, 0 AS att
      FROM invitations i JOIN conferences c ON c.id = i.conference_id WHERE i.person_id = ANY (ids)
      UNION ALL
      SELECT c.campaign_id, a.person_id, 0, tier_bit(c.tier)
      FROM attendance a JOIN conferences c ON c.id = a.conference_id WHERE a.person_id = ANY (ids)
    ) x JOIN people p ON p.id = x.person_id
  GROUP BY x.campaign_id, x.person_id, p.org_id
  ORDER BY 1, 2;
END $$;

CREATE FUNCTION campaign_people_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM campaign_people_resync(ARRAY(SELECT DISTINCT person_id FROM old_rows));
  RETURN NULL;
END $$;

CREATE TRIGGER invitations_counted_ins AFTER INSERT ON invitations REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION campaign_people_added();
CREATE TRIGGER attendance_counted_ins AFTER INSERT ON attendance REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION campaign_people_added();
CREATE TRIGGER invitations_counted_del AFTER DELETE ON invitations REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION campaign_people_removed();
CREATE TRIGGER attendance_counted_del AFTER DELETE ON attendance REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION campaign_people_removed();

-- Updates of invitations and attendance (a bridge point reassigned, a roll-call correction) keep their keys
-- and change no count; only a row moved to another conference or person recounts the people on both sides.
-- (Transition tables rule out an UPDATE OF column list, hence the key comparison here.)
CREATE FUNCTION campaign_people_rekeyed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM campaign_people_resync(ARRAY(
    SELECT person_id FROM ((SELECT conference_id, person_id FROM old_rows EXCEPT SELECT conference_id, person_id FROM new_rows)
      UNION (SELECT conference_id, person_id FROM new_rows EXCEPT SELECT conference_id, person_id FROM old_rows)) moved));
  RETURN NULL;
END $$;

CREATE TRIGGER invitations_counted_upd AFTER UPDATE ON invitations REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION campaign_people_rekeyed();
CREATE TRIGGER attendance_counted_upd AFTER UPDATE ON attendance REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION campaign_people_rekeyed();

-- A conference moved to another tier or campaign: recount everyone invited to or present at it.
CREATE FUNCTION campaign_people_conference_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM campaign_people_resync(ARRAY(
    SELECT DISTINCT x.person_id FROM new_rows n JOIN old_rows o ON o.id = n.id
    JOIN (SELECT conference_id, person_id FROM invitations UNION ALL SELECT conference_id, person_id FROM attendance) x ON x.conference_id = n.id
    WHERE (n.tier, n.campaign_id) IS DISTINCT FROM (o.tier, o.campaign_id)));
  RETURN NULL;
END $$;

CREATE TRIGGER conferences_counted_upd AFTER UPDATE ON conferences REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION campaign_people_conference_changed();

-- A person moved to another unit: their counts move with them.
CREATE FUNCTION campaign_people_person_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE campaign_people cp SET org_id = n.org_id
  FROM new_rows n JOIN old_rows o ON o.id = n.id
  WHERE cp.person_id = n.id AND n.org_id IS DISTINCT FROM o.org_id AND cp.org_id IS DISTINCT FROM n.org_id;
  RETURN NULL;
END $$;

CREATE TRIGGER people_counted_upd AFTER UPDATE ON people REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION campaign_people_person_moved();

-- From scratch, for bulk loads that bypass triggers and as a repair tool.
CREATE FUNCTION participation_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE campaign_unit_counts, campaign_people;
  PERFORM campaign_people_resync(ARRAY(SELECT DISTINCT person_id FROM invitations UNION SELECT person_id FROM attendance));
END $$;

SELECT participation_rebuild();
