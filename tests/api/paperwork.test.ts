import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one, rows, sql } from '../../server/core/db/index.js';
import { readDocx, tableRows } from '../docx-reader.js';
import { day, planAndInspection, registerDocument, type InspCtx } from './inspections-fixture.js';
import { concludeInspection, draftBody, issueReport, paperworkSetup, type Who } from './paperwork-fixture.js';

// Issue 9 item 3: official papers in the Party's format, opened as a reader would (word/document.xml) and checked
// against the records they are compiled from.

let c: InspCtx;
let camp: number; let conf1: number; let bpMain: number; let bpCell: number;

beforeAll(async () => { ({ c, camp, conf1, bpMain, bpCell } = await paperworkSetup()); });
afterAll(async () => { await c?.close(); });

const issue = (who: Who = 'clerkA', extra: object = {}) => issueReport(c, camp, who, extra);

async function download(url: string, who: Who = 'clerkA') {
  const r = await c.api(who, 'GET', url);
  expect(r.statusCode, r.body.slice(0, 300)).toBe(200);
  expect(r.headers['content-type']).toContain('wordprocessingml');
  return readDocx(r.rawPayload);
}

/** The layout every paper shares: A4, margins, Times New Roman 14, the header blocks. */
function expectLayout(doc: Awaited<ReturnType<typeof readDocx>>, issuer: string, superior: string | null) {
  expect(doc.page).toEqual({ width: 11906, height: 16838 });
  expect(doc.margin).toEqual({ top: 1134, bottom: 1134, left: 1701, right: 850 });
  expect(doc.styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"[^>]*\/><w:sz w:val="28"\/>/);
  for (const p of doc.paras.filter((x) => x.text)) expect(p.fonts, p.text).toEqual(['Times New Roman']);
  // The header table has no borders.
  expect(doc.tables[0]).toMatch(/<w:tblBorders><w:top w:val="none"/);
  const party = doc.find('ĐẢNG CỘNG SẢN VIỆT NAM')!;
  expect(party).toMatchObject({ bold: true, sizes: [30], rule: true, inTable: true });
  const iss = doc.find(issuer)!;
  expect(iss).toMatchObject({ bold: true, sizes: [28] });
  const i = doc.paras.indexOf(iss);
  if (superior) expect(doc.paras[i - 1]).toMatchObject({ text: superior, bold: false });
  expect(doc.paras[i + 1].text).toBe('*');
}

describe('the campaign report of a unit', () => {
  it('drafts from the records: the figures equal the participation API, the narrative is prefilled', async () => {
    const r = await c.api('clerkA', 'GET', `/api/campaigns/${camp}/report-draft?orgId=${c.fx.orgs.communeA.id}`);
    expect(r.statusCode, r.body).toBe(200);
    const d = r.json();
    const part = (await c.api('clerkA', 'GET', `/api/campaigns/${camp}/participation?orgId=${c.fx.orgs.communeA.id}`)).json();
    expect(d.figures).toMatchObject({ invited: part.total.invited, attended: part.total.attended, rate: part.total.rate, conferences: 2, lateUnits: 2, programs: 1 });
    expect(part.total).toMatchObject({ invited: 4, attended: 3 });
    expect(d).toMatchObject({ orgName: 'Đảng ủy xã Dân Lực', superior: 'Đảng bộ huyện Triệu Sơn', place: 'Dân Lực', keep: '- Lưu Văn phòng Đảng ủy.', previous: [] });
    expect(d.opening).toContain('Nghị quyết về đột phá phát triển khoa học, công nghệ (số 57-NQ/TW)');
    expect(d.assessment).toContain('3/4');
    expect(d.proposals).toMatch(/^Đề nghị Ban Thường vụ Huyện ủy Triệu Sơn /);
    expect(d.recipients[0]).toBe('- Ban Thường vụ Huyện ủy Triệu Sơn (để báo cáo),');
  });

  it('is issued as 01-BC/ĐU in the Party layout, registered with the file attached, figures equal to the records', async () => {
    const before = (await one<{ n: number }>(c.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'generate_report'`))!.n;
    const r = await issue();
    expect(r.statusCode, r.body).toBe(201);
    const out = r.json();
    expect(out).toMatchObject({ number: 1, symbol: '01-BC/ĐU', issuedOn: day(0), term: '2025-2030' });

    const reg = (await c.api('clerkA', 'GET', `/api/documents/${out.documentId}`)).json();
    expect(reg).toMatchObject({ symbol: '01-BC/ĐU', type: 'BC', number: 1, issuer: 'ĐU', ownerOrgId: c.fx.orgs.communeA.id, issuedOn: day(0) });
    expect(reg.title).toBe('Báo cáo kết quả học tập Nghị quyết Đại hội XIV');
    expect(reg.attachments).toHaveLength(1);
    expect(reg.attachments[0].id).toBe(out.attachmentId);
    expect(reg.relations.some((x: { id?: number; document?: { symbol: string }; symbol?: string }) => JSON.stringify(x).includes('57-NQ/TW'))).toBe(true);
    expect((await one<{ n: number }>(c.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'generate_report'`))!.n).toBe(before + 1);

    const doc = await download(`/api/attachments/${out.attachmentId}`);
    expectLayout(doc, 'ĐẢNG ỦY XÃ DÂN LỰC', 'ĐẢNG BỘ HUYỆN TRIỆU SƠN');
    expect(doc.find('Số 01-BC/ĐU')).toMatchObject({ inTable: true, bold: false });
    const [y, m, dd] = day(0).split('-').map(Number);
    const dateLine = `Dân Lực, ngày ${String(dd).padStart(2, '0')} tháng ${m < 3 ? String(m).padStart(2, '0') : m} năm ${y}`;
    expect(doc.find(dateLine)).toMatchObject({ italic: true, bold: false, sizes: [28] });
    expect(doc.find('BÁO CÁO')).toMatchObject({ bold: true, sizes: [32], align: 'center', inTable: false });
    expect(doc.find('Kết quả học tập Nghị quyết Đại hội XIV')).toMatchObject({ bold: true });
    // Body text in 14 pt, headings in the Party's "I- …" form, the narrative as edited.
    expect(doc.find('I- CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TỔ CHỨC HỌC TẬP')).toMatchObject({ bold: true, sizes: [28] });
    expect(doc.find(draftBody.opening)).toMatchObject({ sizes: [28], align: 'both', bold: false });
    expect(doc.find('Hạn chế: còn chậm.')).toBeTruthy();
    // Signature block and recipients.
    expect(doc.find('T/M BAN THƯỜNG VỤ')).toMatchObject({ bold: true, inTable: true });
    expect(doc.find('BÍ THƯ')).toMatchObject({ bold: true });
    expect(doc.find('Nguyễn Văn An')).toMatchObject({ bold: true, inTable: true });
    expect(doc.find('Nơi nhận:')).toMatchObject({ underline: true, bold: false, sizes: [28] });
    expect(doc.find('- Ban Thường vụ Huyện ủy Triệu Sơn (để báo cáo),')).toMatchObject({ sizes: [24] });
    expect(doc.texts().at(-1) === '- Lưu Văn phòng Đảng ủy.' || doc.find('- Lưu Văn phòng Đảng ủy.')).toBeTruthy();

    // Figures against the participation API, unit by unit.
    const part = (await c.api('clerkA', 'GET', `/api/campaigns/${camp}/participation?orgId=${c.fx.orgs.communeA.id}`)).json();
    expect(doc.find(`Tổng số người được mời: ${part.total.invited}; đã tham gia: ${part.total.attended}, đạt 75,0%.`)).toBeTruthy();
    const unitRows = tableRows(doc, 'STT');
    expect(unitRows[0]).toEqual(['STT', 'Đơn vị', 'Được mời', 'Tham gia', 'Tỷ lệ']);
    expect(unitRows.slice(1).map((u) => [u[1], Number(u[2]), Number(u[3])]))
      .toEqual(part.units.map((u: { orgName: string; invited: number; attended: number }) => [u.orgName.replace(' · Đảng ủy xã Dân Lực', ''), u.invited, u.attended]));
    expect(tableRows(doc, 'Đối tượng').slice(1)).toEqual([
      ['Toàn thể cán bộ, đảng viên', 'Cấp cơ sở', '1', '2'], ['Toàn thể cán bộ, đảng viên', 'Chi bộ', '1', '0']]);
    expect(doc.find(/^Số lượt đơn vị phải tổ chức: 3; đúng hạn: 1; chậm: 1; quá hạn chưa tổ chức: 1;/)).toBeTruthy();
    expect(doc.find(/^- Chi bộ thôn 2 \(.*chưa tổ chức\.$/)).toBeTruthy();
    expect(doc.find(/^- Chi bộ thôn 1 \(.*tổ chức ngày/)).toBeTruthy();
    expect(doc.find('Đã tổ chức 1 buổi học bù với 1 lượt người tham gia.')).toBeTruthy();
    expect(doc.find('Đã nhận xét 1 tập thể và 1 cá nhân; nhắc nhở đi muộn: 1, thành phần không đầy đủ: 1, thiếu nghiêm túc: 0.')).toBeTruthy();
    expect(doc.find(/^- Đảng ủy xã Dân Lực: Chương trình hành động thực hiện Nghị quyết 57/)).toBeTruthy();
  });

  it('numbers per type within the term: the next report is 02, a deleted one is not reused, numbers typed in the registry are skipped', async () => {
    const second = (await issue()).json();
    expect(second.symbol).toBe('02-BC/ĐU');
    expect((await c.api('clerkA', 'DELETE', `/api/documents/${second.documentId}`)).statusCode).toBe(204);
    expect((await issue()).json().symbol).toBe('03-BC/ĐU');
    await registerDocument(c.db, c.fx.orgs.communeA.id, 'BC', 7, 'ĐU', day(-1), 'Báo cáo vào sổ bằng tay');
    expect((await issue()).json().symbol).toBe('08-BC/ĐU');
    // Commune B numbers on its own.
    const b = await c.api('clerkB', 'POST', `/api/campaigns/${camp}/reports`, { orgId: c.fx.orgs.communeB.id, ...draftBody });
    expect(b.statusCode, b.body).toBe(201);
    expect(b.json().symbol).toBe('01-BC/ĐU');
    const draft = (await c.api('clerkA', 'GET', `/api/campaigns/${camp}/report-draft?orgId=${c.fx.orgs.communeA.id}`)).json();
    expect(draft.previous.map((p: { symbol: string }) => p.symbol)).toEqual(['08-BC/ĐU', '03-BC/ĐU', '02-BC/ĐU', '01-BC/ĐU']);
  });

  it('is scoped: another commune 404, a leader who does not keep the registry 403, a member 404; bad input 400; nothing written', async () => {
    const count = async () => (await one<{ d: number; p: number }>(c.db, sql`SELECT (SELECT count(*) FROM documents)::int AS d, (SELECT count(*) FROM generated_papers)::int AS p`))!;
    const before = await count();
    expect((await c.api('clerkB', 'GET', `/api/campaigns/${camp}/report-draft?orgId=${c.fx.orgs.communeA.id}`)).statusCode).toBe(404);
    expect((await issue('clerkB')).statusCode).toBe(404);
    expect((await issue('leaderDistrict')).statusCode).toBe(403);
    expect((await issue('memberA')).statusCode).toBe(404);
    expect((await c.api('clerkA', 'POST', `/api/campaigns/999999/reports`, { orgId: c.fx.orgs.communeA.id, ...draftBody })).statusCode).toBe(404);
    const bad = await issue('clerkA', { opening: '' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toContain('opening');
    const future = await issue('clerkA', { issuedOn: day(3) });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields.issuedOn).toBe('Ngày ban hành không được sau hôm nay');
    expect((await c.api('clerkA', 'GET', `/api/campaigns/${camp}/report-draft?orgId=abc`)).statusCode).toBe(400);
    // A mass organization issues no Party paper.
    expect((await c.api('clerkA', 'POST', `/api/campaigns/${camp}/reports`, { orgId: c.fx.orgs.womenA.id, ...draftBody })).statusCode).toBe(409);
    expect(await count()).toEqual(before);
  });
});

describe('the papers of a conference', () => {
  it('the invitation letter: numbered GM once, the same number when generated again; the organizer only', async () => {
    const doc = await download(`/api/conferences/${conf1}/invitation.docx`);
    expectLayout(doc, 'ĐẢNG ỦY XÃ DÂN LỰC', 'ĐẢNG BỘ HUYỆN TRIỆU SƠN');
    expect(doc.find('Số 01-GM/ĐU')).toBeTruthy();
    expect(doc.find('GIẤY MỜI')).toMatchObject({ bold: true, sizes: [32] });
    expect(doc.find(/^Ban Thường vụ Đảng ủy xã Dân Lực trân trọng kính mời: .*\(4 đồng chí\)\.$/)).toBeTruthy();
    expect(doc.find(/^Các điểm cầu: Hội trường Đảng ủy xã \(2 đồng chí\); Nhà văn hóa thôn 1 \(2 đồng chí\)$/)).toBeTruthy();
    expect(doc.find('Nơi nhận:')).toBeTruthy();
    expect(doc.find('- Lưu Văn phòng Đảng ủy.')).toBeTruthy();
    const again = await download(`/api/conferences/${conf1}/invitation.docx`);
    expect(again.find('Số 01-GM/ĐU')).toBeTruthy();
    expect(await rows(c.db, sql`SELECT symbol FROM generated_papers WHERE kind = 'invitation'`)).toEqual([{ symbol: '01-GM/ĐU' }]);
    expect(await rows(c.db, sql`SELECT after->>'symbol' AS symbol, after->>'fresh' AS fresh FROM audit_log WHERE action = 'generate_invitation' ORDER BY id`))
      .toEqual([{ symbol: '01-GM/ĐU', fresh: 'true' }, { symbol: '01-GM/ĐU', fresh: 'false' }]);
    expect((await c.api('clerkB', 'GET', `/api/conferences/${conf1}/invitation.docx`)).statusCode).toBe(404);
    expect((await c.api('leaderDistrict', 'GET', `/api/conferences/${conf1}/invitation.docx`)).statusCode).toBe(403);
    expect((await c.api('clerkA', 'GET', `/api/conferences/0/invitation.docx`)).statusCode).toBe(400);
  });

  it('the sign-in sheet of a bridge point: its invitees in Vietnamese order, a signature column, no number', async () => {
    const doc = await download(`/api/bridge-points/${bpCell}/sign-in.docx`);
    expectLayout(doc, 'ĐẢNG ỦY XÃ DÂN LỰC', 'ĐẢNG BỘ HUYỆN TRIỆU SƠN');
    expect(doc.find('DANH SÁCH KÝ TÊN')).toMatchObject({ bold: true });
    expect(doc.paras.some((p) => /^Số \d/.test(p.text))).toBe(false);
    expect(tableRows(doc, 'STT')).toEqual([
      ['STT', 'Họ và tên', 'Chi bộ, đơn vị', 'Ký tên'],
      ['1', 'Nguyễn Văn An', 'Chi bộ thôn 1', ''],
      ['2', 'Lê Thị Bình', 'Chi bộ thôn 1', ''],
    ]);
    expect((await c.api('clerkB', 'GET', `/api/bridge-points/${bpCell}/sign-in.docx`)).statusCode).toBe(404);
    expect((await c.api('clerkA', 'GET', `/api/bridge-points/999999/sign-in.docx`)).statusCode).toBe(404);
    expect(await rows(c.db, sql`SELECT entity_id AS id FROM audit_log WHERE action = 'generate_sign_in'`)).toEqual([{ id: String(bpCell) }]);
    const main = await download(`/api/bridge-points/${bpMain}/sign-in.docx`);
    expect(tableRows(main, 'STT').map((r) => r[1])).toEqual(['Họ và tên', 'Trần Văn Cường', 'Phạm Thị Hoa']);
  });
});

describe('the inspection conclusion notice', () => {
  it('lists the published findings, the conclusion and the recommendations, under the inspection commission', async () => {
    const { id } = await planAndInspection(c);
    expect((await c.api('lead', 'GET', `/api/inspections/${id}/conclusion.docx`)).statusCode).toBe(409);
    const res = await concludeInspection(c, id);
    expect(res.statusCode, res.body).toBe(200);
    const doc = await download(`/api/inspections/${id}/conclusion.docx`, 'lead');
    expectLayout(doc, 'ỦY BAN KIỂM TRA', 'HUYỆN ỦY TRIỆU SƠN');
    expect(doc.find('Số 01-TB/UBKTHU')).toBeTruthy();
    expect(doc.find('THÔNG BÁO')).toMatchObject({ bold: true, sizes: [32] });
    expect(doc.find(/^Dân Lực|^Triệu Sơn, ngày/)).toMatchObject({ italic: true });
    expect(doc.find('- Việc ban hành văn bản lãnh đạo, chỉ đạo: Còn hạn chế. Còn chậm ban hành kế hoạch.')).toBeTruthy();
    expect(doc.find('Đảng ủy xã Dân Lực cơ bản thực hiện tốt.')).toBeTruthy();
    expect(doc.find(/^- Đảng ủy xã Dân Lực: Ban hành kế hoạch thực hiện còn thiếu\. Thời hạn hoàn thành: \d{2}\/\d{2}\/\d{4}\.$/)).toBeTruthy();
    expect(doc.find('T/M ỦY BAN KIỂM TRA')).toMatchObject({ bold: true });
    expect(doc.find('CHỦ NHIỆM')).toBeTruthy();
    // The number is kept; the subject unit reads the conclusion in the app but does not issue the notice; strangers 404.
    expect((await download(`/api/inspections/${id}/conclusion.docx`, 'clerkDistrict')).find('Số 01-TB/UBKTHU')).toBeTruthy();
    expect((await c.api('clerkA', 'GET', `/api/inspections/${id}/conclusion.docx`)).statusCode).toBe(403);
    expect((await c.api('inspector2', 'GET', `/api/inspections/${id}/conclusion.docx`)).statusCode).toBe(404);
  });
});
