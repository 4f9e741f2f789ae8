-- Members without a smartphone (issue 13, item 6): a radio/loudspeaker conference's listening record, and
-- participation counted by how each presence was recorded.
--
-- attendance.method: hall_qr (the member's own phone, the hall QR) | card (staff scanned a personal code, on a
-- phone or a printed card) | manual (staff chose the name) | roll_call (the cell secretary's list) | listening
-- (the cell secretary's listening record of a radio/loudspeaker conference). attendance.note: the secretary's note.

ALTER TABLE attendance ADD COLUMN note text;

-- Backfill: anything unknown was typed by staff; a roll call at a radio conference was a listening record.
UPDATE attendance SET method = 'manual' WHERE method NOT IN ('hall_qr', 'card', 'manual', 'roll_call', 'listening');
UPDATE attendance a SET method = 'listening' FROM conferences c
  WHERE c.id = a.conference_id AND c.format = 'radio' AND a.method = 'roll_call';

ALTER TABLE attendance ADD CONSTRAINT attendance_method_known CHECK (method IN ('hall_qr', 'card', 'manual', 'roll_call', 'listening'));

CREATE FUNCTION method_bit(method text) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE method WHEN 'hall_qr' THEN 1 WHEN 'card' THEN 2 WHEN 'manual' THEN 4 WHEN 'roll_call' THEN 8 WHEN 'listening' THEN 16 ELSE 0 END
$$;

-- Per person per campaign, the ways they were recorded present (bits); per unit (tier '' only), how many of the
-- invited were recorded at least once each way. A person present twice by two ways counts under both.
ALTER TABLE campaign_people ADD COLUMN methods integer NOT NULL DEFAULT 0;
ALTER TABLE campaign_unit_counts
  ADD COLUMN by_hall_qr integer NOT NULL DEFAULT 0, ADD COLUMN by_card integer NOT NULL DEFAULT 0,
  ADD COLUMN by_manual integer NOT NULL DEFAULT 0, ADD COLUMN by_roll_call integer NOT NULL DEFAULT 0,
  ADD COLUMN by_listening integer NOT NULL DEFAULT 0;

ALTER TYPE campaign_person_delta ADD ATTRIBUTE methods integer;

CREATE OR REPLACE FUNCTION campaign_counts_apply(d campaign_person_delta[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO campaign_unit_counts AS k (campaign_id, org_id, tier, invited, attended, by_hall_qr, by_card, by_manual, by_roll_call, by_listening)
  SELECT * FROM (
    SELECT x.campaign_id, x.org_id, t.tier,
      sum(x.sign * (CASE WHEN t.bit = 0 THEN x.invited <> 0 ELSE x.invited & t.bit <> 0 END)::int) AS invited,
      sum(x.sign * (CASE WHEN t.bit = 0 THEN x.invited <> 0 AND x.attended <> 0 ELSE x.invited & x.attended & t.bit <> 0 END)::int) AS attended,
      sum(x.sign * (t.bit = 0 AND x.invited <> 0 AND x.methods & 1 <> 0)::int) AS m1,
      sum(x.sign * (t.bit = 0 AND x.invited <> 0 AND x.methods & 2 <> 0)::int) AS m2,
      sum(x.sign * (t.bit = 0 AND x.invited <> 0 AND x.methods & 4 <> 0)::int) AS m4,
      sum(x.sign * (t.bit = 0 AND x.invited <> 0 AND x.methods & 8 <> 0)::int) AS m8,
      sum(x.sign * (t.bit = 0 AND x.invited <> 0 AND x.methods & 16 <> 0)::int) AS m16
    FROM unnest(d) AS x
    CROSS JOIN (VALUES ('', 0), ('key_cadre', 1), ('presenters_staff', 2), ('mass_org', 4), ('all_members', 8)) AS t(tier, bit)
    WHERE EXISTS (SELECT 1 FROM campaigns c WHERE c.id = x.campaign_id)   -- not for a campaign being deleted
    GROUP BY x.campaign_id, x.org_id, t.tier
  ) s
  WHERE (s.invited, s.attended, s.m1, s.m2, s.m4, s.m8, s.m16) <> (0, 0, 0, 0, 0, 0, 0)
  ORDER BY 1, 2, 3
  ON CONFLICT (campaign_id, org_id, tier) DO UPDATE SET invited = k.invited + EXCLUDED.invited, attended = k.attended + EXCLUDED.attended,
    by_hall_qr = k.by_hall_qr + EXCLUDED.by_hall_qr, by_card = k.by_card + EXCLUDED.by_card, by_manual = k.by_manual + EXCLUDED.by_manual,
    by_roll_call = k.by_roll_call + EXCLUDED.by_roll_call, by_listening = k.by_listening + EXCLUDED.by_listening
$$;

CREATE OR REPLACE FUNCTION campaign_people_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM campaign_counts_apply(ARRAY(SELECT (n.campaign_id, n.org_id, n.invited, n.attended, 1, n.methods)::campaign_person_delta FROM new_rows n));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM campaign_counts_apply(ARRAY(
      SELECT (n.campaign_id, n.org_id, n.invited, n.attended, 1, n.methods)::campaign_person_delta FROM new_rows n
      UNION ALL SELECT (o.campaign_id, o.org_id, o.invited, o.attended, -1, o.methods)::campaign_person_delta FROM old_rows o));
  ELSE
    PERFORM campaign_counts_apply(ARRAY(SELECT (o.campaign_id, o.org_id, o.invited, o.attended, -1, o.methods)::campaign_person_delta FROM old_rows o));
  END IF;
  RETURN NULL;
END $$;

-- New attendance: the tier bit and the method bit ORed in (invitations keep campaign_people_added, which has no method).
CREATE FUNCTION campaign_people_attended() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO campaign_people AS cp (campaign_id, person_id, org_id, invited, attended, methods)
  SELECT c.campaign_id, n.person_id, p.org_id, 0, bit_or(tier_bit(c.tier)), bit_or(method_bit(n.method))
  FROM new_rows n JOIN conferences c ON c.id = n.conference_id JOIN people p ON p.id = n.person_id
  GROUP BY c.campaign_id, n.person_id, p.org_id
  ORDER BY 1, 2
  ON CONFLICT (campaign_id, person_id) DO UPDATE SET attended = cp.attended | EXCLUDED.attended, methods = cp.methods | EXCLUDED.methods
    WHERE (cp.attended | EXCLUDED.attended, cp.methods | EXCLUDED.methods) IS DISTINCT FROM (cp.attended, cp.methods);
  RETURN NULL;
END $$;

DROP TRIGGER attendance_counted_ins ON attendance;
CREATE TRIGGER attendance_counted_ins AFTER INSERT ON attendance REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION campaign_people_attended();

CREATE OR REPLACE FUNCTION campaign_people_resync(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM campaign_people WHERE person_id = ANY (ids);
  INSERT INTO campaign_people (campaign_id, person_id, org_id, invited, attended, methods)
  SELECT x.campaign_id, x.person_id, p.org_id, bit_or(x.inv), bit_or(x.att), bit_or(x.m) FROM (
      SELECT c.campaign_id, i.person_id, tier_bit(c.tier) AS inv, 0 AS att, 0 AS m
      FROM invitations i JOIN conferences c ON c.id = i.conference_id WHERE i.person_id = ANY (ids)
      UNION ALL
      SELECT c.campaign_id, a.person_id, 0, tier_bit(c.tier), method_bit(a.method)
      FROM attendance a JOIN conferences c ON c.id = a.conference_id WHERE a.person_id = ANY (ids)
    ) x JOIN people p ON p.id = x.person_id
  GROUP BY x.campaign_id, x.person_id, p.org_id
  ORDER BY 1, 2;
END $$;

-- An attendance row changed: recount its people when it moved to another conference or person, or when its
-- method changed (a listening record replaced by a roll call...). Notes and bridge points change no count.
CREATE FUNCTION campaign_attendance_rekeyed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM campaign_people_resync(ARRAY(
    SELECT person_id FROM ((SELECT conference_id, person_id, method FROM old_rows EXCEPT SELECT conference_id, person_id, method FROM new_rows)
      UNION (SELECT conference_id, person_id, method FROM new_rows EXCEPT SELECT conference_id, person_id, method FROM old_rows)) moved));
  RETURN NULL;
END $$;

DROP TRIGGER attendance_counted_upd ON attendance;
CREATE TRIGGER attendance_counted_upd AFTER UPDATE ON attendance REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION campaign_attendance_rekeyed();

SELECT participation_rebuild();
