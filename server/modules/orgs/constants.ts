// Pure values, no imports: the server's schemas and rules use them, and the web app imports this file as is
// (the only server file in its bundle), so the choices it offers are the server's own.

export const ORG_KINDS = ['province', 'district', 'grassroots', 'cell', 'mass_org'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];
export const GRASSROOTS_SUBKINDS = ['commune', 'ward', 'town', 'agency', 'school', 'enterprise', 'armed_forces'] as const;
export const MASS_ORG_SUBKINDS = ['fatherland_front', 'youth_union', 'women_union', 'farmers_union', 'veterans', 'trade_union'] as const;
export const ORG_SUBKINDS = [...GRASSROOTS_SUBKINDS, ...MASS_ORG_SUBKINDS] as const;

/** Which kinds may sit directly under which: the tree has no fixed depth, only sensible parent-child pairs. */
export const ALLOWED_CHILDREN: Record<OrgKind, readonly OrgKind[]> = {
  province: ['province', 'district', 'grassroots', 'mass_org'],
  district: ['district', 'grassroots', 'mass_org'],
  grassroots: ['grassroots', 'cell', 'mass_org'],
  cell: [],
  mass_org: ['mass_org'],
};
