// Demo logins, one per kind of user the system serves; all share one password (printed at start-up).
import type { Cadres } from './cadres.js';
import type { OrgSeed, OrgTree } from './orgs.js';
import type { PeopleData, PersonSeed } from './people.js';

export const DEMO_PASSWORD = 'QuanTriet@2025';

export interface DemoAccountSpec {
  username: string;
  label: string;
  role: 'admin' | 'leader' | 'propaganda' | 'clerk' | 'inspector' | 'presenter' | 'member';
  org: (t: OrgTree) => OrgSeed;
  person?: (ctx: { tree: OrgTree; people: PeopleData; cadres: Cadres }) => PersonSeed;
  displayName?: string;
}

const commune = (name: string) => (t: OrgTree) => t.byName(`Đảng ủy xã ${name}`);
// A member account belongs to an ordinary member of the commune's first village cell, granted at that cell.
const villageCell = (name: string) => (t: OrgTree) => t.cells.find((c) => c.parentId === t.byName(`Đảng ủy xã ${name}`).id && c.tag === 'village')!;
const ordinaryMember = (name: string) => ({ tree, people }: { tree: OrgTree; people: PeopleData }) =>
  people.byOrg.get(villageCell(name)(tree).id)!.find((p) => p.partyStatus === 'official' && !p.categories.has('key_cadre'))!;

export const DEMO_ACCOUNT_SPECS: DemoAccountSpec[] = [
  { username: 'admin', label: 'Quản trị hệ thống (Tỉnh ủy Thanh Hóa)', role: 'admin', org: (t) => t.root, displayName: 'Quản trị hệ thống' },
  { username: 'lanhdao.huyen', label: 'Lãnh đạo Huyện ủy Triệu Sơn (Bí thư)', role: 'leader', org: (t) => t.district,
    person: ({ cadres }) => cadres.districtSecretary },
  { username: 'tuyengiao.huyen', label: 'Ban Tuyên giáo Huyện ủy (Trưởng ban)', role: 'propaganda', org: (t) => t.district,
    person: ({ cadres }) => cadres.propagandaHead },
  { username: 'vanphong.huyen', label: 'Văn phòng Huyện ủy (văn thư)', role: 'clerk', org: (t) => t.district, displayName: 'Văn phòng Huyện ủy Triệu Sơn' },
  { username: 'kiemtra.huyen', label: 'Ủy ban Kiểm tra Huyện ủy', role: 'inspector', org: (t) => t.district, displayName: 'Ủy ban Kiểm tra Huyện ủy Triệu Sơn' },
  { username: 'baocaovien', label: 'Báo cáo viên Huyện ủy (giảng viên Trung tâm Chính trị)', role: 'presenter', org: (t) => t.district,
    person: ({ cadres }) => cadres.presenter },
  { username: 'vanphong.danluc', label: 'Văn phòng Đảng ủy xã Dân Lực', role: 'clerk', org: commune('Dân Lực'), displayName: 'Văn phòng Đảng ủy xã Dân Lực' },
  { username: 'dangvien.danluc', label: 'Đảng viên chi bộ thôn, xã Dân Lực', role: 'member', org: villageCell('Dân Lực'), person: ordinaryMember('Dân Lực') },
  { username: 'vanphong.hopthanh', label: 'Văn phòng Đảng ủy xã Hợp Thành', role: 'clerk', org: commune('Hợp Thành'), displayName: 'Văn phòng Đảng ủy xã Hợp Thành' },
  { username: 'dangvien.hopthanh', label: 'Đảng viên chi bộ thôn, xã Hợp Thành', role: 'member', org: villageCell('Hợp Thành'), person: ordinaryMember('Hợp Thành') },
];

export const DEMO_ACCOUNTS: { username: string; password: string; label: string }[] =
  DEMO_ACCOUNT_SPECS.map((a) => ({ username: a.username, password: DEMO_PASSWORD, label: a.label }));
