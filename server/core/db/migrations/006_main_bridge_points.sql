-- Every conference can be checked into as soon as it exists: its hall (or, without a hall, its organizing unit)
-- is its main bridge point. Conferences saved before this rule get one, and invitations that had no bridge
-- point are placed by the nearest-unit rule (the point whose unit is the nearest ancestor-or-self of the
-- invitee's home unit, else the main point) — the same rule the audience generation uses.

INSERT INTO bridge_points (conference_id, org_id, name, is_main)
SELECT c.id, c.org_id, COALESCE(NULLIF(btrim(c.hall), ''), o.name), true
FROM conferences c JOIN orgs o ON o.id = c.org_id
WHERE NOT EXISTS (SELECT 1 FROM bridge_points b WHERE b.conference_id = c.id AND b.is_main);

UPDATE invitations i SET bridge_point_id = COALESCE(
    (SELECT bp.id FROM bridge_points bp JOIN orgs bo ON bo.id = bp.org_id
      WHERE bp.conference_id = i.conference_id AND bo.path @> po.path
      ORDER BY nlevel(bo.path) DESC, bp.is_main DESC, bp.id LIMIT 1),
    (SELECT bp.id FROM bridge_points bp WHERE bp.conference_id = i.conference_id AND bp.is_main ORDER BY bp.id LIMIT 1))
FROM people p JOIN orgs po ON po.id = p.org_id
WHERE p.id = i.person_id AND i.bridge_point_id IS NULL;
