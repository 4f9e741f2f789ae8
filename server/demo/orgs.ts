// The Triệu Sơn party organization (Thanh Hóa), as the seed article describes it: one district,
// 58 grassroots organizations (34 communes/towns + 24 agencies and schools) and 443 party cells.
import type { Rng } from './rng.js';

export const GRASSROOTS_COMMUNES = 34;
export const GRASSROOTS_AGENCIES = 24;
export const CELL_TOTAL = 443;
export const ORG_EFFECTIVE_FROM = '2020-08-15';

/** Who the members of a unit are, so ages and genders look like the real unit. */
export interface Profile {
  members: [number, number];
  female: number;
  born: [number, number];
}

export interface OrgSeed {
  id: number;
  parentId: number | null;
  path: string;
  name: string;
  shortName: string | null;
  kind: 'province' | 'district' | 'grassroots' | 'cell' | 'mass_org';
  subkind: string | null;
  code: string | null;
  /** Set on units that hold party members directly: cells and grassroots "chi bộ cơ sở". */
  profile?: Profile;
  /** The commune or agency a unit belongs to (grassroots id), for picking cadres. */
  grassrootsId?: number;
  tag?: string;
}

const COMMUNES = [
  'Dân Lực', 'Dân Lý', 'Dân Quyền', 'Hợp Thành', 'Hợp Lý', 'Hợp Tiến', 'Hợp Thắng', 'Minh Sơn', 'Minh Dân',
  'Minh Châu', 'Thọ Bình', 'Thọ Dân', 'Thọ Ngọc', 'Thọ Phú', 'Thọ Sơn', 'Thọ Thế', 'Thọ Tân', 'Thọ Vực',
  'Xuân Thịnh', 'Xuân Lộc', 'Xuân Thọ', 'An Nông', 'Nông Trường', 'Khuyến Nông', 'Tiến Nông', 'Đồng Tiến',
  'Đồng Thắng', 'Đồng Lợi', 'Thái Hòa', 'Vân Sơn', 'Bình Sơn', 'Triệu Thành',
];
const TOWNS = ['Triệu Sơn', 'Nưa'];

const VILLAGE_NAMES = [
  'Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Thượng', 'Hạ', 'Đồng Tâm', 'Tân Lập', 'Tân Phong', 'Quyết Thắng',
  'Thành Công', 'Hòa Bình', 'Phú Thượng', 'Yên Thôn', 'Cao Sơn', 'Đại Đồng', 'Kim Sơn', 'Tiến Thành',
  'Bái Xuân', 'Giang Sơn', 'Đa Lộc', 'Phúc Lộc', 'Xuân Lai', 'Đồng Lạc', 'Thanh Xuân', 'Ngọc Lâm', 'Văn Phú',
  'Trù Sơn', 'Hồng Kỳ', 'Tân Tiến', 'Đồng Phú', 'Quang Trung', 'Lê Lợi', 'Vĩnh Thịnh', 'Bình Minh',
];

const VILLAGE: Profile = { members: [32, 52], female: 0.33, born: [1938, 2002] };
const COMMUNE_OFFICE: Profile = { members: [14, 24], female: 0.4, born: [1965, 2000] };
const COMMUNE_SCHOOL: Profile = { members: [8, 18], female: 0.75, born: [1968, 1998] };
const COMMUNE_FORCES: Profile = { members: [5, 10], female: 0.05, born: [1970, 2001] };
const HEALTH: Profile = { members: [4, 8], female: 0.65, born: [1968, 1998] };
const OFFICE: Profile = { members: [10, 22], female: 0.45, born: [1965, 2000] };
const FORCES: Profile = { members: [12, 26], female: 0.1, born: [1967, 2001] };
const HOSPITAL: Profile = { members: [12, 24], female: 0.6, born: [1966, 1998] };
const SCHOOL: Profile = { members: [28, 45], female: 0.62, born: [1966, 1998] };
const SMALL_AGENCY: Profile = { members: [9, 20], female: 0.45, born: [1966, 1999] };

// Party committees of agencies with their cells (đảng bộ cơ sở).
const AGENCY_COMMITTEES: { name: string; subkind: string; tag?: string; cells: [string, Profile, string?][] }[] = [
  { name: 'Đảng bộ Cơ quan Chính quyền huyện', subkind: 'agency', cells: [
    ['Chi bộ Văn phòng HĐND và UBND huyện', OFFICE], ['Chi bộ Phòng Tài chính - Kế hoạch', OFFICE],
    ['Chi bộ Phòng Nông nghiệp và PTNT', OFFICE], ['Chi bộ Phòng Giáo dục và Đào tạo', OFFICE],
    ['Chi bộ Phòng Tài nguyên và Môi trường', OFFICE], ['Chi bộ Phòng Nội vụ - Lao động', OFFICE]] },
  { name: 'Đảng bộ Cơ quan Đảng - Mặt trận và các đoàn thể huyện', subkind: 'agency', tag: 'party_agencies', cells: [
    ['Chi bộ Văn phòng Huyện ủy', OFFICE, 'office'], ['Chi bộ Ban Tổ chức Huyện ủy', OFFICE, 'organization'],
    ['Chi bộ Ban Tuyên giáo Huyện ủy', { members: [10, 10], female: 0.5, born: [1970, 1995] }, 'propaganda'],
    ['Chi bộ Ủy ban Kiểm tra Huyện ủy', OFFICE, 'inspection'], ['Chi bộ Mặt trận và các đoàn thể huyện', OFFICE, 'mass']] },
  { name: 'Đảng bộ Công an huyện', subkind: 'agency', cells: [
    ['Chi bộ Đội An ninh', FORCES], ['Chi bộ Đội Cảnh sát hình sự', FORCES], ['Chi bộ Đội Cảnh sát giao thông', FORCES],
    ['Chi bộ Tham mưu - Tổng hợp', FORCES], ['Chi bộ Đội Cảnh sát quản lý hành chính về trật tự xã hội', FORCES]] },
  { name: 'Đảng bộ Quân sự huyện', subkind: 'agency', cells: [
    ['Chi bộ Tham mưu', FORCES], ['Chi bộ Chính trị', FORCES], ['Chi bộ Hậu cần - Kỹ thuật', FORCES]] },
  { name: 'Đảng bộ Bệnh viện Đa khoa huyện Triệu Sơn', subkind: 'agency', cells: [
    ['Chi bộ Khoa Nội', HOSPITAL], ['Chi bộ Khoa Ngoại', HOSPITAL], ['Chi bộ Khoa Sản - Nhi', HOSPITAL],
    ['Chi bộ Khoa Cận lâm sàng', HOSPITAL], ['Chi bộ Hành chính - Tổng hợp', HOSPITAL]] },
  { name: 'Đảng bộ Trung tâm Y tế huyện', subkind: 'agency', cells: [
    ['Chi bộ Khoa Kiểm soát bệnh tật', HOSPITAL], ['Chi bộ Dân số - Kế hoạch hóa gia đình', HOSPITAL], ['Chi bộ Hành chính', HOSPITAL]] },
  { name: 'Đảng bộ Chi nhánh Ngân hàng Nông nghiệp và PTNT huyện Triệu Sơn', subkind: 'agency', cells: [
    ['Chi bộ Hội sở', SMALL_AGENCY], ['Chi bộ Phòng giao dịch Nưa', SMALL_AGENCY]] },
  { name: 'Đảng bộ Điện lực Triệu Sơn', subkind: 'agency', cells: [
    ['Chi bộ Kỹ thuật', SMALL_AGENCY], ['Chi bộ Kinh doanh', SMALL_AGENCY]] },
];

// Grassroots organizations that are themselves a cell (chi bộ cơ sở): members belong to them directly.
const BASE_CELLS: [string, string, Profile, string?][] = [
  ...[1, 2, 3, 4, 5, 6].map((n): [string, string, Profile] => [`Chi bộ Trường THPT Triệu Sơn ${n}`, 'school', SCHOOL]),
  ['Chi bộ Trung tâm GDNN - GDTX huyện Triệu Sơn', 'school', SMALL_AGENCY],
  ['Chi bộ Trung tâm Chính trị huyện', 'agency', { members: [10, 10], female: 0.5, born: [1968, 1992] }, 'political_center'],
  ['Chi bộ Ngân hàng Chính sách xã hội huyện', 'agency', SMALL_AGENCY],
  ['Chi bộ Kho bạc Nhà nước Triệu Sơn', 'agency', SMALL_AGENCY],
  ['Chi bộ Chi cục Thuế huyện', 'agency', SMALL_AGENCY],
  ['Chi bộ Bảo hiểm xã hội huyện', 'agency', SMALL_AGENCY],
  ['Chi bộ Viện Kiểm sát nhân dân huyện', 'agency', SMALL_AGENCY],
  ['Chi bộ Tòa án nhân dân huyện', 'agency', SMALL_AGENCY],
  ['Chi bộ Chi cục Thi hành án dân sự huyện', 'agency', SMALL_AGENCY],
  ['Chi bộ Trung tâm Văn hóa, Thông tin, Thể thao và Du lịch huyện', 'agency', SMALL_AGENCY],
];

export const COMMUNE_MASS_ORGS: [string, string][] = [
  ['fatherland_front', 'Ủy ban MTTQ'], ['youth_union', 'Đoàn TNCS Hồ Chí Minh'], ['women_union', 'Hội LHPN'],
  ['farmers_union', 'Hội Nông dân'], ['veterans', 'Hội CCB'], ['trade_union', 'Công đoàn cơ sở'],
];

const DISTRICT_MASS_ORGS: [string, string][] = [
  ['fatherland_front', 'Ủy ban MTTQ Việt Nam huyện Triệu Sơn'], ['youth_union', 'Huyện đoàn Triệu Sơn'],
  ['women_union', 'Hội Liên hiệp Phụ nữ huyện Triệu Sơn'], ['farmers_union', 'Hội Nông dân huyện Triệu Sơn'],
  ['veterans', 'Hội Cựu chiến binh huyện Triệu Sơn'], ['trade_union', 'Liên đoàn Lao động huyện Triệu Sơn'],
];

export interface OrgTree {
  all: OrgSeed[];
  root: OrgSeed;
  district: OrgSeed;
  grassroots: OrgSeed[];
  communes: OrgSeed[];
  cells: OrgSeed[];
  massOrgs: OrgSeed[];
  byName(name: string): OrgSeed;
  byTag(tag: string): OrgSeed;
}

export function buildOrgs(rng: Rng): OrgTree {
  const all: OrgSeed[] = [];
  const add = (parent: OrgSeed | null, o: Omit<OrgSeed, 'id' | 'parentId' | 'path'>): OrgSeed => {
    const id = all.length + 1;
    const seed: OrgSeed = { ...o, id, parentId: parent?.id ?? null, path: parent ? `${parent.path}.${id}` : String(id) };
    all.push(seed);
    return seed;
  };
  const root = add(null, { name: 'Tỉnh ủy Thanh Hóa', shortName: 'Thanh Hóa', kind: 'province', subkind: null, code: 'TU' });
  const district = add(root, { name: 'Huyện ủy Triệu Sơn', shortName: 'Triệu Sơn', kind: 'district', subkind: null, code: 'HU' });
  for (const [subkind, name] of DISTRICT_MASS_ORGS) add(district, { name, shortName: null, kind: 'mass_org', subkind, code: null });

  // Agencies first: their cell count is fixed, the communes share what remains of the 443.
  const grassroots: OrgSeed[] = [];
  const agencyCells: [OrgSeed, [string, Profile, string?][]][] = [];
  for (const a of AGENCY_COMMITTEES) {
    const g = add(district, { name: a.name, shortName: null, kind: 'grassroots', subkind: a.subkind, code: 'ĐU', tag: a.tag });
    grassroots.push(g);
    agencyCells.push([g, a.cells]);
  }
  for (const [name, subkind, profile, tag] of BASE_CELLS) {
    const g = add(district, { name, shortName: null, kind: 'grassroots', subkind, code: 'CB', profile, tag });
    g.grassrootsId = g.id;
    grassroots.push(g);
  }
  for (const [g, cells] of agencyCells) {
    for (const [name, profile, tag] of cells) add(g, { name, shortName: null, kind: 'cell', subkind: null, code: null, profile, tag, grassrootsId: g.id });
  }

  const agencyCellCount = agencyCells.reduce((n, [, c]) => n + c.length, 0);
  const places = [...COMMUNES.map((n) => ({ n, town: false })), ...TOWNS.map((n) => ({ n, town: true }))];
  const counts = places.map(() => rng.int(10, 14));
  // Nudge the random counts (keeping each within 10–14) until they add up to the article's total.
  let diff = CELL_TOTAL - agencyCellCount - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % counts.length) {
    if (diff > 0 && counts[i] < 14) { counts[i]++; diff--; }
    else if (diff < 0 && counts[i] > 10) { counts[i]--; diff++; }
  }

  const communes: OrgSeed[] = [];
  places.forEach(({ n, town }, i) => {
    const unit = town ? `thị trấn ${n}` : `xã ${n}`;
    const g = add(district, {
      name: `Đảng ủy ${unit}`, shortName: town ? `TT ${n}` : n, kind: 'grassroots', subkind: town ? 'town' : 'commune', code: 'ĐU',
    });
    grassroots.push(g);
    communes.push(g);
    const institutions: [string, Profile][] = [
      [`Chi bộ Cơ quan ${town ? 'thị trấn' : 'xã'}`, COMMUNE_OFFICE], [`Chi bộ Trường THCS ${n}`, COMMUNE_SCHOOL],
      [`Chi bộ Trường Tiểu học ${n}`, COMMUNE_SCHOOL], [`Chi bộ Quân sự ${town ? 'thị trấn' : 'xã'}`, COMMUNE_FORCES],
      [`Chi bộ Trường Mầm non ${n}`, COMMUNE_SCHOOL], [`Chi bộ Trạm Y tế ${unit}`, HEALTH],
    ];
    const instCount = Math.min(institutions.length, counts[i] >= 13 ? 5 : counts[i] >= 11 ? 4 : 3);
    const villages = counts[i] - instCount;
    // Towns have tiểu khu; half the communes number their thôn, the others name them.
    const named = !town && rng.chance(0.5);
    const pool = [...VILLAGE_NAMES];
    for (let v = 1; v <= villages; v++) {
      let label = town ? `tiểu khu ${v}` : `thôn ${v}`;
      if (named) label = `thôn ${pool.splice(rng.int(0, pool.length - 1), 1)[0]}`;
      add(g, { name: `Chi bộ ${label}`, shortName: null, kind: 'cell', subkind: null, code: null, profile: VILLAGE, grassrootsId: g.id, tag: 'village' });
    }
    for (const [name, profile] of institutions.slice(0, instCount)) {
      add(g, { name, shortName: null, kind: 'cell', subkind: null, code: null, profile, grassrootsId: g.id });
    }
    for (const [subkind, prefix] of COMMUNE_MASS_ORGS) {
      add(g, { name: `${prefix} ${unit}`, shortName: null, kind: 'mass_org', subkind, code: null, grassrootsId: g.id });
    }
  });

  const byName = new Map(all.map((o) => [o.name, o]));
  return {
    all, root, district, grassroots, communes,
    cells: all.filter((o) => o.kind === 'cell'),
    massOrgs: all.filter((o) => o.kind === 'mass_org'),
    byName: (name) => {
      const o = byName.get(name);
      if (!o) throw new Error(`demo org not found: ${name}`);
      return o;
    },
    byTag: (tag) => {
      const o = all.find((x) => x.tag === tag);
      if (!o) throw new Error(`demo org tag not found: ${tag}`);
      return o;
    },
  };
}
