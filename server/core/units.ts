import { sql, type SQL } from './db/index.js';

// Kinds that are committees: a cell or a mass organization is named after the nearest of these above it.
const COMMITTEES = sql.raw(`('grassroots', 'district', 'province')`);
// The words naming a committee, before its place ("Đảng ủy xã Dân Lực" → "xã Dân Lực").
const COMMITTEE_WORDS = '^(Đảng ủy|Đảng bộ|Huyện ủy|Tỉnh ủy|Thành ủy|Thị ủy|Quận ủy)\\s+';

/**
 * How a unit is shown to people, as SQL on the orgs row aliased `alias`: a cell or a mass organization carries the
 * name of the committee it belongs to ("Chi bộ thôn 1 · Đảng ủy xã Dân Lực"), since many communes have a "Chi bộ
 * thôn 1"; any other unit is its own name. One index probe per cell row (path gist), only for those rows.
 * `parent`: the alias of the row's parent, already joined by the caller (hot paths such as the scan queue): a cell's
 * committee is nearly always its parent, so the path search then runs only when the parent is not a committee.
 */
export function unitLabel(alias: string, opts: { parent?: string } = {}): SQL {
  const o = sql.raw(alias);
  // No suffix when the name already says where it is ("Hội LHPN xã Dân Lực" under "Đảng ủy xã Dân Lực").
  const suffix = (up: SQL) => sql`CASE
        WHEN position(regexp_replace(${up}.name, ${COMMITTEE_WORDS}, '') IN ${o}.name) > 0 THEN '' ELSE ' · ' || ${up}.name END`;
  const up = sql.raw('lbl_up');
  const searched = sql`(SELECT ${suffix(up)}
      FROM orgs lbl_up WHERE lbl_up.path @> ${o}.path AND lbl_up.path <> ${o}.path AND lbl_up.kind IN ${COMMITTEES}
      ORDER BY nlevel(lbl_up.path) DESC LIMIT 1)`;
  const parent = opts.parent ? sql.raw(opts.parent) : null;
  const committee = parent ? sql`CASE WHEN ${parent}.kind IN ${COMMITTEES} THEN ${suffix(parent)} ELSE ${searched} END` : searched;
  return sql`(CASE WHEN ${o}.kind IN ('cell', 'mass_org') THEN ${o}.name || coalesce(${committee}, '') ELSE ${o}.name END)`;
}

/** The same label for a unit known only by its id (an expression such as `t.from_org_id`). */
export function unitLabelOf(idExpr: SQL): SQL {
  return sql`(SELECT ${unitLabel('lbl_unit')} FROM orgs lbl_unit WHERE lbl_unit.id = ${idExpr})`;
}

/** The path of the grassroots organization a unit belongs to (itself if it is one; the unit itself above that level). */
export function grassrootsPathOf(path: string): SQL {
  return sql`coalesce((SELECT g.path FROM orgs g WHERE g.path @> ${path}::ltree AND g.kind = 'grassroots'
      ORDER BY nlevel(g.path) DESC LIMIT 1), ${path}::ltree)`;
}

// Bodies named by a prefix before a committee's code: BTGTU = Ban Tuyên giáo + Tỉnh ủy, VPTW = Văn phòng + Trung ương.
const BODY_PREFIXES = sql.raw(`(VALUES ('BTGDV', 'Ban Tuyên giáo và Dân vận'), ('BTG', 'Ban Tuyên giáo'), ('VP', 'Văn phòng'),
  ('UBKT', 'Ủy ban Kiểm tra'), ('BTC', 'Ban Tổ chức'), ('BDV', 'Ban Dân vận'), ('BNC', 'Ban Nội chính'), ('BCS', 'Ban cán sự đảng'))`);

/**
 * The name of the body that issued a document, from the issuer part of its symbol (`issuer`, "HU", "BTGTU", "TW") and
 * the committees above the registering unit (`ownerPath`): "Huyện ủy Triệu Sơn", "Ban Tuyên giáo Tỉnh ủy Thanh Hóa",
 * "Ban Chấp hành Trung ương". Unknown codes read as themselves.
 */
export function issuerName(issuer: SQL, ownerPath: SQL): SQL {
  return sql`coalesce((SELECT CASE WHEN ${issuer} = b.code THEN b.name ELSE pm.label || ' ' || b.short END
    FROM (SELECT a.code, a.name, a.name AS short, nlevel(a.path) AS lvl FROM orgs a WHERE a.path @> ${ownerPath} AND a.code IS NOT NULL
          UNION ALL SELECT 'TW', 'Ban Chấp hành Trung ương', 'Trung ương', 0) b
    LEFT JOIN ${BODY_PREFIXES} AS pm(code, label) ON ${issuer} = pm.code || b.code
    WHERE ${issuer} = b.code OR pm.code IS NOT NULL
    ORDER BY b.lvl DESC LIMIT 1), ${issuer})`;
}
