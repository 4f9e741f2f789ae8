// Demo inspection and supervision (issue 8 item 3): the 2025 plan of the district's inspection commission with an
// inspection of Dân Lực run from plan to findings to a conclusion whose recommendation went through remedy plan →
// accepted → done → accepted (closed), and a supervision of Hợp Thành whose recommendation is still open past its
// deadline; the standing committee's 2026 plan holds a supervision still planned, for a newcomer to run.
// Deterministic: fixed texts and dates, no random draws. No evidence files: the seed has no file store.
import { one, sql, type Queryable } from '../core/db/index.js';
import type { OrgTree } from './orgs.js';

const at = (day: string, time = '09:00') => `${day}T${time}:00+07:00`;
const account = (username: string) => sql`(SELECT id FROM accounts WHERE username = ${username})`;

interface Finding { item: string; revisions: { assessment: string; body: string; reason?: string; on: string }[] }
interface Step { kind: string; body: string; by: string; on: string; dueOn?: string }

async function document(tx: Queryable, ownerOrgId: number, type: string, number: number, issuer: string, issuedOn: string, title: string) {
  return (await one<{ id: number }>(tx, sql`INSERT INTO documents (owner_org_id, type, number, symbol, issuer, level, issued_on, year, title)
    VALUES (${ownerOrgId}, ${type}, ${number}, ${`${number}-${type}/${issuer}`}, ${issuer}, 'district', ${issuedOn}, ${Number(issuedOn.slice(0, 4))}, ${title})
    RETURNING id`))!.id;
}

async function plan(tx: Queryable, orgId: number, year: number, body: string, title: string, documentId: number, by: string, on: string) {
  return (await one<{ id: number }>(tx, sql`INSERT INTO inspection_plans (org_id, year, body, title, document_id, created_by, created_at, updated_at)
    VALUES (${orgId}, ${year}, ${body}, ${title}, ${documentId}, ${account(by)}, ${at(on)}, ${at(on)}) RETURNING id`))!.id;
}

async function inspection(tx: Queryable, v: {
  planId: number; orgId: number; kind: string; title: string; decisionId: number; from: string; to: string; starts: string | null; ends: string | null;
  status: string; leader: string; members: string[]; subjects: number[]; created: string;
  conclusion?: { text: string; on: string; documentId: number }; closedOn?: string;
}) {
  const id = (await one<{ id: number }>(tx, sql`INSERT INTO inspections (plan_id, org_id, kind, title, decision_document_id, period_from, period_to,
      starts_on, ends_on, status, conclusion, concluded_on, conclusion_document_id, closed_at, created_by, created_at, updated_at)
    VALUES (${v.planId}, ${v.orgId}, ${v.kind}, ${v.title}, ${v.decisionId}, ${v.from}, ${v.to}, ${v.starts}, ${v.ends}, ${v.status},
      ${v.conclusion?.text ?? null}, ${v.conclusion?.on ?? null}, ${v.conclusion?.documentId ?? null}, ${v.closedOn ? at(v.closedOn, '16:00') : null},
      ${account(v.leader)}, ${at(v.created)}, ${at(v.closedOn ?? v.conclusion?.on ?? v.created)}) RETURNING id`))!.id;
  await tx.execute(sql`INSERT INTO inspection_members (inspection_id, account_id, role)
    VALUES ${sql.join([sql`(${id}, ${account(v.leader)}, 'leader')`, ...v.members.map((m) => sql`(${id}, ${account(m)}, 'member')`)], sql`, `)}`);
  await tx.execute(sql`INSERT INTO inspection_subjects (inspection_id, org_id) VALUES ${sql.join(v.subjects.map((s) => sql`(${id}, ${s})`), sql`, `)}`);
  return id;
}

async function findings(tx: Queryable, inspectionId: number, orgId: number, by: string, list: Finding[]) {
  for (const f of list) {
    const fid = (await one<{ id: number }>(tx, sql`INSERT INTO inspection_findings (inspection_id, org_id, item, created_by, created_at)
      VALUES (${inspectionId}, ${orgId}, ${f.item}, ${account(by)}, ${at(f.revisions[0].on)}) RETURNING id`))!.id;
    for (const [n, r] of f.revisions.entries()) {
      await tx.execute(sql`INSERT INTO finding_revisions (finding_id, revision, assessment, body, reason, published_at, published_by, created_by, created_at, updated_at)
        VALUES (${fid}, ${n + 1}, ${r.assessment}, ${r.body}, ${r.reason ?? null}, ${at(r.on, '16:00')}, ${account(by)}, ${account(by)}, ${at(r.on)}, ${at(r.on)})`);
    }
  }
}

async function recommendation(tx: Queryable, v: { inspectionId: number; orgId: number; issuingOrgId: number; body: string; deadline: string; created: string; steps: Step[] }) {
  const last = v.steps.at(-1);
  const status = !last ? 'open' : last.kind === 'plan' ? 'plan_submitted' : last.kind === 'done' ? 'done_reported' : last.kind === 'done_accepted' ? 'closed' : last.kind;
  const id = (await one<{ id: number }>(tx, sql`INSERT INTO recommendations (inspection_id, org_id, position, body, deadline, status, closed_on, created_at, updated_at)
    VALUES (${v.inspectionId}, ${v.orgId}, 0, ${v.body}, ${v.deadline}, ${status}, ${status === 'closed' ? last!.on : null}, ${at(v.created)},
      ${at(last?.on ?? v.created)}) RETURNING id`))!.id;
  for (const s of v.steps) {
    const unit = s.kind === 'plan' || s.kind === 'done';
    await tx.execute(sql`INSERT INTO recommendation_events (recommendation_id, kind, body, plan_due_on, org_id, created_by, created_at)
      VALUES (${id}, ${s.kind}, ${s.body}, ${s.dueOn ?? null}, ${unit ? v.orgId : v.issuingOrgId}, ${account(s.by)}, ${at(s.on, '10:00')})`);
  }
  return id;
}

export async function insertInspections(tx: Queryable, tree: OrgTree) {
  const district = tree.district.id;
  const danLuc = tree.communes.find((c) => c.name === 'Đảng ủy xã Dân Lực');
  const hopThanh = tree.communes.find((c) => c.name === 'Đảng ủy xã Hợp Thành');
  if (!danLuc || !hopThanh) return;

  const plan2025 = await plan(tx, district, 2025, 'inspection_commission', 'Chương trình kiểm tra, giám sát năm 2025 của Ủy ban Kiểm tra Huyện ủy',
    await document(tx, district, 'CTr', 2, 'UBKTHU', '2025-01-08', 'Chương trình kiểm tra, giám sát năm 2025 của Ủy ban Kiểm tra Huyện ủy'), 'kiemtra.huyen', '2025-01-08');

  // Dân Lực: inspected, concluded, its recommendation remedied and accepted, the inspection closed.
  const dl = await inspection(tx, {
    planId: plan2025, orgId: district, kind: 'kiem_tra', created: '2025-04-10', status: 'closed', closedOn: '2025-08-12',
    title: 'Kiểm tra việc lãnh đạo, chỉ đạo thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XVIII tại Đảng ủy xã Dân Lực',
    decisionId: await document(tx, district, 'QĐ', 15, 'UBKTHU', '2025-04-10', 'Quyết định thành lập Đoàn kiểm tra tại Đảng ủy xã Dân Lực'),
    from: '2024-01-01', to: '2025-03-31', starts: '2025-04-21', ends: '2025-05-09',
    leader: 'kiemtra.huyen', members: ['tuyengiao.huyen'], subjects: [danLuc.id],
    conclusion: {
      on: '2025-05-15',
      documentId: await document(tx, district, 'TB', 20, 'UBKTHU', '2025-05-15', 'Thông báo kết luận kiểm tra đối với Đảng ủy xã Dân Lực'),
      text: 'Đảng ủy xã Dân Lực đã lãnh đạo, chỉ đạo học tập, quán triệt và thực hiện Nghị quyết Đại hội Đảng bộ huyện nghiêm túc; xây dựng chương trình hành động sát thực tế; phần lớn chỉ tiêu đạt và vượt lộ trình. Hạn chế: kế hoạch xây dựng mô hình điểm ban hành chậm; giải pháp nâng thu nhập bình quân đầu người chưa cụ thể.',
    },
  });
  await findings(tx, dl, danLuc.id, 'kiemtra.huyen', [
    { item: 'documents_implementation', revisions: [{ on: '2025-05-05', assessment: 'good', body: 'Tổ chức học tập, quán triệt Nghị quyết đến 100% chi bộ; tỷ lệ đảng viên tham gia 98,6%; tổ chức học bù cho đảng viên vắng mặt có lý do.' }] },
    { item: 'leadership_documents', revisions: [
      { on: '2025-05-05', assessment: 'good', body: 'Ban hành đầy đủ, kịp thời nghị quyết chuyên đề và kế hoạch thực hiện.' },
      { on: '2025-05-08', assessment: 'limited', reason: 'Đối chiếu sổ văn bản: kế hoạch xây dựng mô hình điểm ban hành sau thời hạn 45 ngày',
        body: 'Ban hành nghị quyết chuyên đề và kế hoạch thực hiện; riêng kế hoạch xây dựng mô hình điểm "Dân vận khéo" ban hành chậm 45 ngày so với yêu cầu của Huyện ủy.' },
    ] },
    { item: 'action_programs', revisions: [{ on: '2025-05-06', assessment: 'good', body: 'Xây dựng chương trình hành động cụ thể hóa các chỉ tiêu của huyện, phân công rõ người, rõ việc, rõ thời gian hoàn thành.' }] },
    { item: 'models_solutions', revisions: [{ on: '2025-05-06', assessment: 'limited', body: 'Chưa có mô hình điểm về chuyển đổi số trong sinh hoạt chi bộ; giải pháp tháo gỡ khó khăn về mặt bằng sản xuất còn chung chung.' }] },
    { item: 'target_results', revisions: [{ on: '2025-05-07', assessment: 'fair', body: 'Đạt và vượt 4/5 chỉ tiêu theo lộ trình; thu nhập bình quân đầu người năm 2024 chưa đạt mốc của lộ trình.' }] },
    { item: 'completion_time', revisions: [{ on: '2025-05-07', assessment: 'fair', body: 'Hoàn thành đúng hạn các tiêu chí nông thôn mới nâng cao được giao; một nhiệm vụ chậm tiến độ so với kế hoạch.' }] },
  ]);
  await recommendation(tx, {
    inspectionId: dl, orgId: danLuc.id, issuingOrgId: district, created: '2025-05-15', deadline: '2025-08-31',
    body: 'Ban hành kế hoạch và triển khai xây dựng mô hình điểm về chuyển đổi số trong sinh hoạt chi bộ; bổ sung giải pháp cụ thể nâng thu nhập bình quân đầu người.',
    steps: [
      { kind: 'plan', by: 'vanphong.danluc', on: '2025-05-26', dueOn: '2025-07-31', body: 'Kế hoạch số 18-KH/ĐU ngày 26/5/2025: chọn một chi bộ thôn làm điểm chuyển đổi số trong sinh hoạt chi bộ, ra mắt trước 31/7/2025; giao Ban Kinh tế xã xây dựng đề án phát triển cây trồng giá trị cao.' },
      { kind: 'plan_accepted', by: 'kiemtra.huyen', on: '2025-05-30', body: 'Kế hoạch khắc phục phù hợp, đủ nội dung, thời hạn hợp lý.' },
      { kind: 'done', by: 'vanphong.danluc', on: '2025-07-28', body: 'Đã ra mắt mô hình điểm ngày 20/7/2025; Đảng ủy đã ban hành đề án phát triển cây trồng giá trị cao (Đề án số 02-ĐA/ĐU).' },
      { kind: 'done_accepted', by: 'kiemtra.huyen', on: '2025-08-05', body: 'Đoàn đã kiểm tra thực tế mô hình điểm và đề án; kết quả khắc phục đạt yêu cầu.' },
    ],
  });

  // Hợp Thành: supervised, concluded; its remedy plan accepted, the deadline passed with the remedy not reported.
  const ht = await inspection(tx, {
    planId: plan2025, orgId: district, kind: 'giam_sat', created: '2025-08-05', status: 'concluded',
    title: 'Giám sát việc thực hiện chương trình hành động và công tác phát triển đảng viên tại Đảng ủy xã Hợp Thành',
    decisionId: await document(tx, district, 'QĐ', 22, 'UBKTHU', '2025-08-05', 'Quyết định thành lập Đoàn giám sát tại Đảng ủy xã Hợp Thành'),
    from: '2024-07-01', to: '2025-06-30', starts: '2025-08-18', ends: '2025-08-29',
    leader: 'kiemtra.huyen', members: ['vanphong.huyen'], subjects: [hopThanh.id],
    conclusion: {
      on: '2025-09-05',
      documentId: await document(tx, district, 'TB', 31, 'UBKTHU', '2025-09-05', 'Thông báo kết quả giám sát đối với Đảng ủy xã Hợp Thành'),
      text: 'Đảng ủy xã Hợp Thành thực hiện chương trình hành động cơ bản đúng tiến độ; tuy nhiên công tác phát triển đảng viên chưa đạt chỉ tiêu, chưa có giải pháp tạo nguồn cụ thể.',
    },
  });
  await findings(tx, ht, hopThanh.id, 'kiemtra.huyen', [
    { item: 'documents_implementation', revisions: [{ on: '2025-08-27', assessment: 'fair', body: 'Học tập, quán triệt đầy đủ; tỷ lệ tham gia 96,1%, hai chi bộ tổ chức chậm so với hướng dẫn.' }] },
    { item: 'action_programs', revisions: [{ on: '2025-08-27', assessment: 'good', body: 'Chương trình hành động được xây dựng, bổ sung hằng năm; phân công cụ thể.' }] },
    { item: 'target_results', revisions: [{ on: '2025-08-28', assessment: 'limited', body: 'Kết nạp đảng viên mới mới đạt 55% chỉ tiêu của nhiệm kỳ; các chỉ tiêu kinh tế cơ bản đạt lộ trình.' }] },
  ]);
  await recommendation(tx, {
    inspectionId: ht, orgId: hopThanh.id, issuingOrgId: district, created: '2025-09-05', deadline: '2025-12-31',
    body: 'Rà soát nguồn kết nạp đảng viên, có giải pháp cụ thể tạo nguồn ở các chi bộ thôn; báo cáo kết quả khắc phục trước 31/12/2025.',
    steps: [
      { kind: 'plan', by: 'vanphong.hopthanh', on: '2025-09-22', dueOn: '2025-12-15', body: 'Giao các chi bộ thôn lập danh sách quần chúng ưu tú; mở lớp bồi dưỡng nhận thức về Đảng trong quý IV/2025.' },
      { kind: 'plan_accepted', by: 'kiemtra.huyen', on: '2025-09-26', body: 'Đồng ý kế hoạch khắc phục.' },
    ],
  });

  // The standing committee's 2026 plan: a supervision still planned, for a newcomer to start and run.
  const plan2026 = await plan(tx, district, 2026, 'standing_committee', 'Chương trình kiểm tra, giám sát năm 2026 của Ban Thường vụ Huyện ủy',
    await document(tx, district, 'CTr', 61, 'HU', '2026-01-09', 'Chương trình kiểm tra, giám sát năm 2026 của Ban Thường vụ Huyện ủy'), 'lanhdao.huyen', '2026-01-09');
  await inspection(tx, {
    planId: plan2026, orgId: district, kind: 'giam_sat', created: '2026-11-20', status: 'planned',
    title: 'Giám sát việc học tập, quán triệt và thực hiện Nghị quyết 57-NQ/TW tại Đảng ủy xã Dân Lực và Đảng ủy xã Hợp Thành',
    decisionId: await document(tx, district, 'QĐ', 204, 'HU', '2026-11-20', 'Quyết định thành lập Đoàn giám sát việc thực hiện Nghị quyết 57-NQ/TW'),
    from: '2026-01-01', to: '2026-11-30', starts: '2026-12-10', ends: '2026-12-24',
    leader: 'kiemtra.huyen', members: ['vanphong.huyen'], subjects: [danLuc.id, hopThanh.id],
  });
}
