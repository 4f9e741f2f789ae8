// Documents at every level and how they relate: central resolutions, the province's and the district's
// plans implementing them, and each grassroots committee's own resolutions, plans and reports.
import { CENTRAL_DOCS, TYPE_NAMES, reference } from './catalog.js';
import type { OrgTree } from './orgs.js';
import { REFERENCE_DATE } from './people.js';
import { addDays, type Rng } from './rng.js';

export interface DocSeed {
  id: number;
  ownerOrgId: number;
  type: string;
  number: number;
  symbol: string;
  issuer: string;
  level: 'central' | 'province' | 'district' | 'grassroots';
  issuedOn: string;
  year: number;
  title: string;
  summary: string;
  keyPoints: string | null;
  fullText: string;
}
export interface RelationSeed { fromId: number; toId: number; kind: 'implements' | 'replaces' }

type Draft = Omit<DocSeed, 'id' | 'number' | 'symbol' | 'year' | 'fullText'> & { body: string; number?: number; implements?: Draft[]; replaces?: Draft; id?: number };

const LAST_DAY = REFERENCE_DATE;

function fullText(d: Draft, symbol: string): string {
  const [y, m, day] = d.issuedOn.split('-');
  const place = d.level === 'central' ? 'Hà Nội' : d.level === 'province' ? 'Thanh Hóa' : 'Triệu Sơn';
  const targets = (d.implements ?? []).filter((t) => t.id);
  const basis = targets.length ? `Thực hiện ${targets.map((t) => reference({ ...t, symbol: symbolOf(t) })).join('; ')}, ` : 'Căn cứ Điều lệ Đảng Cộng sản Việt Nam và tình hình thực tiễn, ';
  const plan = ['KH', 'CTr', 'HD', 'ĐA'].includes(d.type);
  return [
    `ĐẢNG CỘNG SẢN VIỆT NAM — ${d.body.toUpperCase()}. Số ${symbol}. ${place}, ngày ${Number(day)} tháng ${m} năm ${y}.`,
    `${basis}${d.body} ban hành ${d.title.charAt(0).toLowerCase()}${d.title.slice(1)}.`,
    plan
      ? 'I. MỤC ĐÍCH, YÊU CẦU. Giúp cán bộ, đảng viên và Nhân dân nắm vững nội dung cơ bản, điểm mới, điểm cốt lõi; tạo sự thống nhất về nhận thức và hành động; việc học tập phải nghiêm túc, thiết thực, tránh hình thức.'
      : `I. TÌNH HÌNH. ${d.summary}`,
    plan
      ? 'II. NỘI DUNG, HÌNH THỨC. Tổ chức hội nghị trực tiếp kết hợp trực tuyến đến các điểm cầu; các đảng ủy, chi bộ cơ sở tổ chức học tập cho toàn thể cán bộ, đảng viên; mỗi đảng viên viết bài thu hoạch; cấp ủy xây dựng chương trình hành động cụ thể, có mục tiêu, chỉ tiêu và thời hạn hoàn thành.'
      : 'II. NHIỆM VỤ, GIẢI PHÁP. Nâng cao nhận thức, trách nhiệm của cấp ủy, tổ chức đảng, người đứng đầu; cụ thể hóa thành chương trình, kế hoạch; tăng cường kiểm tra, giám sát việc thực hiện.',
    'III. TỔ CHỨC THỰC HIỆN. Các cấp ủy, tổ chức đảng căn cứ tình hình thực tế xây dựng kế hoạch thực hiện; định kỳ báo cáo kết quả; Ban Tuyên giáo theo dõi, đôn đốc, tổng hợp.',
  ].join('\n\n');
}

function symbolOf(d: { number?: number; type: string; issuer: string }): string {
  return `${String(d.number ?? 0).padStart(2, '0')}-${d.type}/${d.issuer}`;
}

export function buildDocuments(rng: Rng, tree: OrgTree): { documents: DocSeed[]; relations: RelationSeed[] } {
  const drafts: Draft[] = [];
  const draft = (d: Draft) => { drafts.push(d); return d; };
  const after = (date: string, min: number, max: number) => addDays(date, rng.int(min, max));
  const root = tree.root.id;
  const district = tree.district.id;
  const TU = 'Tỉnh ủy Thanh Hóa';
  const HU = 'Huyện ủy Triệu Sơn';

  const central = CENTRAL_DOCS.map((c) => {
    const [num, rest] = c.symbol.split('-');
    const [type, issuer] = rest.split('/');
    return draft({
      ownerOrgId: root, type, issuer, level: 'central', issuedOn: c.issuedOn, number: Number(num), body: c.body,
      title: `${TYPE_NAMES[type]} ${c.subject}`, summary: c.summary, keyPoints: c.keyPoints ?? (type === 'NQ' ? `Điểm mới: ${c.summary}\nĐiểm cốt lõi: cụ thể hóa thành chương trình hành động, gắn trách nhiệm người đứng đầu.` : null),
    });
  });
  const bySymbol = (s: string) => central[CENTRAL_DOCS.findIndex((c) => c.symbol === s)];

  // The district congress resolution of the 2020-2025 term, the root of the district's own work.
  const congress = draft({
    ownerOrgId: district, type: 'NQ', issuer: 'HU', level: 'district', issuedOn: '2021-01-08', number: 1, body: HU,
    title: 'Nghị quyết Đại hội Đảng bộ huyện Triệu Sơn lần thứ XVIII, nhiệm kỳ 2020-2025',
    summary: 'Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; đưa Triệu Sơn đạt chuẩn nông thôn mới nâng cao, đô thị loại IV và trở thành thị xã vào năm 2030.',
    keyPoints: 'Điểm mới: xác định 3 khâu đột phá (hạ tầng giao thông - đô thị, cải cách hành chính, phát triển nguồn nhân lực).\nĐiểm cốt lõi: tăng trưởng giá trị sản xuất bình quân trên 10%/năm; huyện đạt chuẩn nông thôn mới nâng cao năm 2024; đạt tiêu chí đô thị loại IV năm 2025.',
  });
  const districtNq: [string, string][] = [
    ['2021-04-12', 'Nghị quyết về phát triển nông nghiệp hàng hóa tập trung, ứng dụng công nghệ cao giai đoạn 2021-2025'],
    ['2021-09-20', 'Nghị quyết về xây dựng huyện Triệu Sơn đạt chuẩn nông thôn mới nâng cao vào năm 2024'],
    ['2022-05-16', 'Nghị quyết về phát triển đô thị Triệu Sơn đạt tiêu chí đô thị loại IV vào năm 2025, trở thành thị xã vào năm 2030'],
    ['2023-03-10', 'Nghị quyết về đẩy mạnh chuyển đổi số trong hoạt động của các cơ quan Đảng, chính quyền huyện đến năm 2025'],
  ];
  for (const [on, title] of districtNq) {
    draft({ ownerOrgId: district, type: 'NQ', issuer: 'HU', level: 'district', issuedOn: on, body: HU, title, implements: [congress],
      summary: `${title.replace('Nghị quyết về ', 'Lãnh đạo ')}; cụ thể hóa Nghị quyết Đại hội Đảng bộ huyện lần thứ XVIII.`,
      keyPoints: 'Điểm mới: giao chỉ tiêu cụ thể đến từng xã, thị trấn.\nĐiểm cốt lõi: huy động nguồn lực xã hội hóa; người đứng đầu chịu trách nhiệm kết quả.' });
  }

  const provincePlans = new Map<Draft, Draft>();
  const districtPlans = new Map<Draft, Draft>();
  for (const c of central) {
    const ref = reference({ ...c, symbol: symbolOf(c) });
    const tu = draft({ ownerOrgId: root, type: 'KH', issuer: 'TU', level: 'province', issuedOn: after(c.issuedOn, 15, 40), body: TU,
      title: `Kế hoạch thực hiện ${ref}`, summary: `Cụ thể hóa ${ref} phù hợp với điều kiện của tỉnh Thanh Hóa.`, keyPoints: null, implements: [c] });
    provincePlans.set(c, tu);
    if (c.type === 'NQ' || c.type === 'CT') {
      draft({ ownerOrgId: root, type: 'HD', issuer: 'BTGTU', level: 'province', issuedOn: after(tu.issuedOn, 3, 12), body: 'Ban Tuyên giáo Tỉnh ủy Thanh Hóa',
        title: `Hướng dẫn nghiên cứu, học tập, quán triệt ${ref}`, summary: 'Nội dung, đối tượng, hình thức và thời gian học tập; tài liệu cho báo cáo viên.', keyPoints: null, implements: [c] });
    }
    const hu = draft({ ownerOrgId: district, type: 'KH', issuer: 'HU', level: 'district', issuedOn: after(tu.issuedOn, 10, 30), body: HU,
      title: `Kế hoạch học tập, quán triệt và triển khai thực hiện ${ref}`, summary: `Tổ chức học tập, quán triệt ${ref} đến toàn thể cán bộ, đảng viên và Nhân dân trong huyện.`,
      keyPoints: null, implements: [c, tu] });
    districtPlans.set(c, hu);
    const major = CENTRAL_DOCS[central.indexOf(c)].major;
    if (major) {
      draft({ ownerOrgId: district, type: 'CTr', issuer: 'HU', level: 'district', issuedOn: after(hu.issuedOn, 20, 45), body: HU,
        number: c === bySymbol('57-NQ/TW') ? 21 : undefined,
        title: `Chương trình hành động thực hiện ${ref}`, summary: 'Mục tiêu, chỉ tiêu, nhiệm vụ, giải pháp, phân công cơ quan chủ trì và thời hạn hoàn thành.', keyPoints: null, implements: [c, hu] });
    }
    draft({ ownerOrgId: district, type: 'BC', issuer: 'HU', level: 'district', issuedOn: after(hu.issuedOn, 30, 75), body: HU,
      title: `Báo cáo kết quả học tập, quán triệt ${ref}`, summary: 'Số hội nghị, điểm cầu, tỷ lệ cán bộ, đảng viên tham gia học tập; đánh giá ưu điểm, hạn chế.', keyPoints: null, implements: [hu] });
  }
  provincePlans.get(bySymbol('21-NQ/TW'))!.number = 17; // 17-KH/TU

  // Province letters and district routine documents, year by year.
  const letters = ['về việc tổ chức hội nghị trực tuyến nghiên cứu, học tập, quán triệt nghị quyết', 'về việc báo cáo kết quả học tập các nghị quyết, chỉ thị của Đảng', 'về việc rà soát, kiện toàn đội ngũ báo cáo viên'];
  for (let y = 2021; y <= 2025; y++) {
    letters.forEach((t, i) => draft({ ownerOrgId: root, type: 'CV', issuer: 'VPTU', level: 'province', issuedOn: rng.date(`${y}-0${i * 3 + 1}-05`, `${y}-0${i * 3 + 3}-25`),
      body: 'Văn phòng Tỉnh ủy Thanh Hóa', title: `Công văn ${t}`, summary: `Đề nghị các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy thực hiện ${t.replace('về việc ', '')}.`, keyPoints: null,
      number: y === 2024 && i === 0 ? 96 : undefined }));
    const last = y === 2025 ? '2025-09-15' : `${y}-12-20`;
    draft({ ownerOrgId: district, type: 'BC', issuer: 'HU', level: 'district', issuedOn: last, body: HU,
      title: `Báo cáo tình hình thực hiện nhiệm vụ chính trị năm ${y}, phương hướng nhiệm vụ năm ${y + 1}`, summary: 'Kết quả thực hiện các chỉ tiêu Nghị quyết Đại hội; hạn chế, nguyên nhân và giải pháp.', keyPoints: null, implements: [congress] });
    draft({ ownerOrgId: district, type: 'QĐ', issuer: 'HU', level: 'district', issuedOn: `${y}-04-0${rng.int(1, 9)}`, body: HU,
      title: `Quyết định thành lập Đoàn kiểm tra việc học tập, quán triệt và triển khai thực hiện các nghị quyết, chỉ thị của Đảng năm ${y}`,
      summary: 'Thành phần đoàn kiểm tra, nội dung, đối tượng và thời gian kiểm tra tại các tổ chức cơ sở đảng.', keyPoints: null });
    draft({ ownerOrgId: district, type: 'TB', issuer: 'HU', level: 'district', issuedOn: `${y}-06-1${rng.int(0, 9)}`, body: HU,
      title: `Thông báo kết luận của Ban Thường vụ Huyện ủy về kết quả kiểm tra việc thực hiện nghị quyết 6 tháng đầu năm ${y}`,
      summary: 'Biểu dương đơn vị làm tốt; yêu cầu các đơn vị còn hạn chế khắc phục trong thời hạn.', keyPoints: null });
    draft({ ownerOrgId: district, type: 'HD', issuer: 'BTGHU', level: 'district', issuedOn: `${y}-02-2${rng.int(0, 8)}`, body: 'Ban Tuyên giáo Huyện ủy Triệu Sơn',
      title: `Hướng dẫn tuyên truyền các ngày lễ lớn, sự kiện lịch sử năm ${y}`, summary: 'Nội dung, hình thức tuyên truyền; phân công báo cáo viên, cộng tác viên.', keyPoints: null });
  }
  const oldRule = draft({ ownerOrgId: district, type: 'QĐ', issuer: 'HU', level: 'district', issuedOn: '2021-03-15', body: HU,
    title: 'Quy chế hoạt động của đội ngũ báo cáo viên Huyện ủy Triệu Sơn', summary: 'Tiêu chuẩn, nhiệm vụ, quyền hạn và chế độ của báo cáo viên.', keyPoints: null });
  draft({ ownerOrgId: district, type: 'QĐ', issuer: 'HU', level: 'district', issuedOn: '2024-03-20', body: HU, replaces: oldRule,
    title: 'Quy chế hoạt động của đội ngũ báo cáo viên Huyện ủy Triệu Sơn (sửa đổi)', summary: 'Bổ sung đối thoại với Nhân dân, đánh giá báo cáo viên hằng năm, thay thế báo cáo viên không đạt yêu cầu.', keyPoints: null });
  draft({ ownerOrgId: district, type: 'ĐA', issuer: 'HU', level: 'district', issuedOn: '2022-07-18', body: HU, implements: [congress],
    title: 'Đề án xây dựng thị trấn Nưa đạt tiêu chí đô thị loại V giai đoạn 2022-2025', summary: 'Quy hoạch, đầu tư hạ tầng, huy động nguồn lực xây dựng đô thị Nưa.', keyPoints: null });
  // The article: 12-BC/HU sums up 2021-2023 study work (1,832 documents, 36 bridge points, 99.8% participation).
  draft({ ownerOrgId: district, type: 'BC', issuer: 'HU', level: 'district', issuedOn: '2024-02-20', number: 12, body: HU, implements: [congress],
    title: 'Báo cáo sơ kết công tác nghiên cứu, học tập, quán triệt và triển khai thực hiện nghị quyết của Đảng giai đoạn 2021-2023',
    summary: 'Huyện ủy ban hành 1.832 văn bản lãnh đạo, chỉ đạo; hội nghị trực tuyến tại 36 điểm cầu, 1.350 người/cuộc; tỷ lệ tham gia học tập đạt 99,8%.', keyPoints: null });

  // Grassroots: each commune's own resolution, study plans and yearly report; each agency one plan.
  const plan57 = districtPlans.get(bySymbol('57-NQ/TW'))!;
  for (const g of tree.grassroots) {
    const unit = g.name.replace(/^Đảng ủy |^Đảng bộ |^Chi bộ /, '');
    const base = { ownerOrgId: g.id, issuer: g.code!, level: 'grassroots' as const, body: g.name, keyPoints: null };
    if (g.subkind === 'commune' || g.subkind === 'town') {
      draft({ ...base, type: 'NQ', issuedOn: rng.date('2021-06-01', '2023-06-30'), number: g.name === 'Đảng ủy xã Dân Lực' ? 3 : undefined, implements: [congress],
        title: `Nghị quyết về lãnh đạo xây dựng ${unit} đạt chuẩn ${g.subkind === 'town' ? 'văn minh đô thị' : 'nông thôn mới nâng cao'}`,
        summary: `Mục tiêu, chỉ tiêu, giải pháp xây dựng ${unit} giai đoạn 2021-2025.`,
        keyPoints: 'Điểm mới: phân công cấp ủy viên phụ trách từng thôn, từng tiêu chí.\nĐiểm cốt lõi: phát huy vai trò chủ thể của Nhân dân; công khai kết quả hằng quý.' });
      draft({ ...base, type: 'KH', issuedOn: rng.date('2021-02-01', '2021-04-30'), implements: [congress],
        title: 'Kế hoạch học tập, quán triệt Nghị quyết Đại hội Đảng bộ huyện Triệu Sơn lần thứ XVIII, nhiệm kỳ 2020-2025',
        summary: `Tổ chức học tập cho toàn thể cán bộ, đảng viên ${unit}.` });
      draft({ ...base, type: 'BC', issuedOn: rng.date('2024-12-01', '2024-12-28'),
        title: 'Báo cáo kết quả học tập, quán triệt các nghị quyết, chỉ thị, kết luận của Đảng năm 2024',
        summary: 'Tỷ lệ đảng viên tham gia học tập, số bài thu hoạch, kết quả đánh giá; hạn chế và giải pháp.' });
    }
    draft({ ...base, type: 'KH', issuedOn: after(plan57.issuedOn, 7, 40), implements: [plan57],
      title: `Kế hoạch học tập, quán triệt và triển khai thực hiện ${reference({ ...bySymbol('57-NQ/TW'), symbol: '57-NQ/TW' })}`,
      summary: `Phổ biến Nghị quyết 57-NQ/TW đến toàn thể cán bộ, đảng viên ${unit}; đẩy mạnh chuyển đổi số ở cơ sở.` });
  }
  return finish(rng, drafts);
}

/** Numbers the drafts in date order per issuer and type (the register has gaps: not every document is in the demo). */
function finish(rng: Rng, drafts: Draft[]) {
  const sorted = drafts.filter((d) => d.issuedOn <= LAST_DAY && d.issuedOn >= '2021-01-01')
    .sort((a, b) => (a.issuedOn < b.issuedOn ? -1 : a.issuedOn > b.issuedOn ? 1 : 0));
  const used = new Set<string>();
  const counters = new Map<string, number>();
  for (const d of sorted.filter((x) => x.number !== undefined)) used.add(`${d.issuer}|${symbolOf(d).toLowerCase()}|${d.issuedOn.slice(0, 4)}`);
  const documents: DocSeed[] = [];
  for (const d of sorted) {
    const year = d.issuedOn.slice(0, 4);
    const key = `${d.issuer}|${d.type}`;
    if (d.number !== undefined) counters.set(key, Math.max(counters.get(key) ?? 0, d.number));
    else {
      let n = (counters.get(key) ?? 0) + rng.int(1, 4);
      // Every commune signs with ĐU, so numbers must not repeat within a year across communes.
      while (used.has(`${d.issuer}|${symbolOf({ ...d, number: n }).toLowerCase()}|${year}`)) n++;
      counters.set(key, n);
      d.number = n;
      used.add(`${d.issuer}|${symbolOf(d).toLowerCase()}|${year}`);
    }
    d.id = documents.length + 1;
    const symbol = symbolOf(d);
    documents.push({
      id: d.id, ownerOrgId: d.ownerOrgId, type: d.type, number: d.number, symbol, issuer: d.issuer, level: d.level,
      issuedOn: d.issuedOn, year: Number(year), title: d.title, summary: d.summary, keyPoints: d.keyPoints, fullText: '',
    });
  }
  const relations: RelationSeed[] = [];
  for (const d of sorted) {
    documents[d.id! - 1].fullText = fullText(d, symbolOf(d));
    for (const t of d.implements ?? []) if (t.id) relations.push({ fromId: d.id!, toId: t.id, kind: 'implements' });
    if (d.replaces?.id) relations.push({ fromId: d.id!, toId: d.replaces.id, kind: 'replaces' });
  }
  return { documents, relations };
}

