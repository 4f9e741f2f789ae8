-- The campaign board derives each obligation's status from "its" conference: the earliest that has ended, else the
-- earliest scheduled (make-up sessions aside). Looking that conference up per obligation cost one index probe each:
-- 1.5 s and more for a national campaign's 190,000 obligations, several times per home page. The obligation now
-- keeps, per its campaign, unit and tier, the earliest conference by start (id, start, end) and the earliest end of
-- any of them. From these the pick follows without a lookup whenever the earliest conference has ended, or none has
-- ended yet; only when a later conference ended while the earliest is still running (a long conference overlapping a
-- short one) does the board still look the conferences up, for those obligations alone.
--
-- Kept by statement-level triggers on conferences (insert, delete, update) and on new obligations; an obligation's
-- campaign, unit and tier never change.

ALTER TABLE obligations
  ADD COLUMN first_conference_id integer,
  ADD COLUMN first_starts_at timestamptz,
  ADD COLUMN first_ends_at timestamptz,
  ADD COLUMN min_ends_at timestamptz;

CREATE TYPE obligation_key AS (campaign_id integer, org_id integer, tier text);

CREATE FUNCTION obligation_picks_refresh(keys obligation_key[]) RETURNS void LANGUAGE sql AS $$
  UPDATE obligations ob SET first_conference_id = f.id, first_starts_at = f.starts_at, first_ends_at = f.ends_at, min_ends_at = m.min_end
  FROM (SELECT DISTINCT k.campaign_id, k.org_id, k.tier FROM unnest(keys) k) k
  LEFT JOIN LATERAL (SELECT c.id, c.starts_at, c.ends_at FROM conferences c
    WHERE c.campaign_id = k.campaign_id AND c.org_id = k.org_id AND c.tier = k.tier AND c.makeup_of IS NULL
    ORDER BY c.starts_at, c.id LIMIT 1) f ON true
  LEFT JOIN LATERAL (SELECT min(c.ends_at) AS min_end FROM conferences c
    WHERE c.campaign_id = k.campaign_id AND c.org_id = k.org_id AND c.tier = k.tier AND c.makeup_of IS NULL) m ON true
  WHERE ob.campaign_id = k.campaign_id AND ob.org_id = k.org_id AND ob.tier = k.tier
    AND (ob.first_conference_id, ob.first_starts_at, ob.first_ends_at, ob.min_ends_at) IS DISTINCT FROM (f.id, f.starts_at, f.ends_at, m.min_end)
$$;

CREATE FUNCTION obligation_picks_conferences() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM obligation_picks_refresh(ARRAY(SELECT (n.campaign_id, n.org_id, n.tier)::obligation_key FROM new_rows n));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM obligation_picks_refresh(ARRAY(SELECT (o.campaign_id, o.org_id, o.tier)::obligation_key FROM old_rows o));
  ELSE
    -- Only rows whose key, times or make-up link changed (a title or hall edit changes no pick).
    PERFORM obligation_picks_refresh(ARRAY(
      SELECT (x.campaign_id, x.org_id, x.tier)::obligation_key FROM new_rows n JOIN old_rows o ON o.id = n.id
      CROSS JOIN LATERAL (VALUES (n.campaign_id, n.org_id, n.tier), (o.campaign_id, o.org_id, o.tier)) x(campaign_id, org_id, tier)
      WHERE (n.campaign_id, n.org_id, n.tier, n.starts_at, n.ends_at, n.makeup_of) IS DISTINCT FROM (o.campaign_id, o.org_id, o.tier, o.starts_at, o.ends_at, o.makeup_of)));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER conferences_picks_ins AFTER INSERT ON conferences REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION obligation_picks_conferences();
CREATE TRIGGER conferences_picks_upd AFTER UPDATE ON conferences REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION obligation_picks_conferences();
CREATE TRIGGER conferences_picks_del AFTER DELETE ON conferences REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION obligation_picks_conferences();

CREATE FUNCTION obligation_picks_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM obligation_picks_refresh(ARRAY(SELECT (n.campaign_id, n.org_id, n.tier)::obligation_key FROM new_rows n));
  RETURN NULL;
END $$;

CREATE TRIGGER obligations_picks_ins AFTER INSERT ON obligations REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION obligation_picks_new();

-- The obligations that exist already.
SELECT obligation_picks_refresh(ARRAY(SELECT DISTINCT (campaign_id, org_id, tier)::obligation_key FROM obligations));
