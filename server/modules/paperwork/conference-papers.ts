// The papers of a conference: its invitation letter (giấy mời, numbered GM once per conference: regenerating it
// keeps its number) and the sign-in sheet of a bridge point (danh sách ký tên, unnumbered).
import { audit } from '../../core/audit.js';
import { one, rows, sql, type Db, type Queryable } from '../../core/db/index.js';
import { notFound } from '../../core/errors.js';
import { assertCan, can, type Actor } from '../../core/policy.js';
import { todayVn } from '../../core/schemas.js';
import { unitLabel } from '../../core/units.js';
import { readableConference } from '../conferences/access.js';
import { asIssuer, findUnit, headerOf, signatureOf, takeNumber, type IssuerUnit } from './issuer.js';
import { body, grid, labelled, para, partyDocx, TEXT_TWIPS } from './layout.js';
import { FORMAT_VI, TIER_VI, lowerFirst, num, officeOf, vnTime } from './words.js';
import './policy.js';

interface Conf { id: number; orgId: number; title: string; tier: string; format: string; startsAt: string; endsAt: string; hall: string | null; makeupOf: number | null }

async function conferenceOf(db: Queryable, id: number) {
  return (await one<Conf>(db, sql`SELECT id, org_id AS "orgId", title, tier, format, starts_at AS "startsAt", ends_at AS "endsAt", hall,
    makeup_of AS "makeupOf" FROM conferences WHERE id = ${id}`))!;
}

async function organizer(db: Queryable, orgId: number): Promise<IssuerUnit> {
  return asIssuer((await findUnit(db, orgId))!);
}

/** A paper for an invitation already given: the same number and date every time it is generated again. */
async function invitationNumber(tx: Queryable, actor: Actor, u: IssuerUnit, conferenceId: number) {
  const had = await one<{ symbol: string; issuedOn: string }>(tx, sql`SELECT symbol, to_char(issued_on, 'YYYY-MM-DD') AS "issuedOn"
    FROM generated_papers WHERE kind = 'invitation' AND subject_id = ${conferenceId}`);
  if (had) return { ...had, fresh: false };
  const issuedOn = todayVn();
  const n = await takeNumber(tx, u, 'GM', issuedOn);
  await tx.execute(sql`INSERT INTO generated_papers (kind, org_id, subject_id, term, type, number, symbol, issued_on, created_by)
    VALUES ('invitation', ${u.id}, ${conferenceId}, ${n.term}, 'GM', ${n.number}, ${n.symbol}, ${issuedOn}, ${actor.accountId})`);
  return { symbol: n.symbol, issuedOn, fresh: true };
}

/** The invitation letter: by the organizer's office (paper.write at the organizer), 403 for the others who see it. */
export async function invitationDocx(db: Db, actor: Actor, conferenceId: number) {
  const seen = await readableConference(db, actor, conferenceId);
  assertCan(actor, 'paper.write', seen.orgPath);
  const c = await conferenceOf(db, conferenceId);
  const u = await organizer(db, c.orgId);
  const [head, signature, agenda, points, materials, invited] = await Promise.all([
    headerOf(db, u), signatureOf(db, u),
    rows<{ topic: string; presenter: string | null }>(db, sql`SELECT a.topic, p.full_name AS presenter FROM agenda_items a
      LEFT JOIN people p ON p.id = a.presenter_person_id WHERE a.conference_id = ${c.id} ORDER BY a.position, a.id`),
    rows<{ name: string; invited: number }>(db, sql`SELECT b.name, (SELECT count(*) FROM invitations i WHERE i.bridge_point_id = b.id)::int AS invited
      FROM bridge_points b WHERE b.conference_id = ${c.id} ORDER BY b.is_main DESC, vn_sort_key(b.name), b.id`),
    rows<{ symbol: string; title: string }>(db, sql`SELECT d.symbol, d.title FROM conference_materials m JOIN documents d ON d.id = m.document_id
      WHERE m.conference_id = ${c.id} ORDER BY d.issued_on DESC, d.id`),
    one<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM invitations WHERE conference_id = ${c.id}`),
  ]);
  const paper = await db.transaction(async (tx) => {
    const n = await invitationNumber(tx, actor, u, c.id);
    await audit(tx, actor, { action: 'generate_invitation', entity: 'conference', entityId: c.id, orgPath: u.path, after: { symbol: n.symbol, fresh: n.fresh } });
    return n;
  });
  const who = signature.onBehalf === 'T/M CHI BỘ' ? 'Chi bộ' : `Ban Thường vụ ${u.name}`;
  const file = await partyDocx({
    header: { ...head, symbol: paper.symbol, date: paper.issuedOn }, type: 'Giấy mời', title: `Giấy mời ${c.title}`,
    summary: `Dự ${lowerFirst(c.title)}`,
    body: [
      body(`${who} trân trọng kính mời: các đồng chí ${lowerFirst(TIER_VI[c.tier] ?? c.tier)} có tên trong danh sách mời (${num(invited!.n)} đồng chí).`),
      labelled('Dự', c.makeupOf ? `${c.title} (buổi học bù)` : c.title),
      labelled('Hình thức', FORMAT_VI[c.format] ?? c.format),
      labelled('Thời gian', `${vnTime(c.startsAt)} (đến ${vnTime(c.endsAt).split(',')[0]})`),
      labelled('Địa điểm', c.hall ?? (points[0]?.name ?? 'sẽ thông báo sau')),
      ...(points.length > 1 ? [labelled('Các điểm cầu', points.map((p) => `${p.name} (${num(p.invited)} đồng chí)`).join('; '))] : []),
      ...(agenda.length ? [labelled('Nội dung', ''), ...agenda.map((a) => body(`- ${a.topic}${a.presenter ? ` (đồng chí ${a.presenter} trình bày)` : ''}.`))] : []),
      ...(materials.length ? [labelled('Tài liệu', materials.map((m) => `${m.title} (số ${m.symbol})`).join('; '))] : []),
      body('Đề nghị các đồng chí dự đầy đủ, đúng giờ, mang theo thẻ hoặc mã QR điểm danh. Trường hợp vắng mặt phải báo cáo lý do với Văn phòng trước khi hội nghị bắt đầu.'),
    ],
    recipients: ['- Như thành phần mời,', `- ${officeOf(u.name, u.kind)}`],
    signature,
  });
  return { file, filename: `${paper.symbol.replace(/\//g, '-')} Giay moi.docx` };
}

/** The sign-in sheet of one bridge point: by the office of the point's unit or of the organizer. */
export async function signInDocx(db: Db, actor: Actor, bridgePointId: number) {
  const bp = await one<{ id: number; conferenceId: number; name: string; orgPath: string }>(db, sql`SELECT b.id, b.conference_id AS "conferenceId",
    b.name, o.path::text AS "orgPath" FROM bridge_points b JOIN orgs o ON o.id = b.org_id WHERE b.id = ${bridgePointId}`);
  if (!bp) throw notFound('bridge_point');
  const seen = await readableConference(db, actor, bp.conferenceId).catch(() => { throw notFound('bridge_point'); });
  if (!can(actor, 'conference.read', bp.orgPath) && !can(actor, 'conference.read', seen.orgPath)) throw notFound('bridge_point');
  if (!can(actor, 'paper.write', bp.orgPath) && !can(actor, 'paper.write', seen.orgPath)) assertCan(actor, 'paper.write', bp.orgPath);
  const c = await conferenceOf(db, bp.conferenceId);
  const u = await organizer(db, c.orgId);
  const [head, people] = await Promise.all([
    headerOf(db, u),
    rows<{ fullName: string; unit: string }>(db, sql`SELECT p.full_name AS "fullName", ${unitLabel('o')} AS unit
      FROM invitations i JOIN people p ON p.id = i.person_id JOIN orgs o ON o.id = p.org_id
      WHERE i.conference_id = ${c.id} AND i.bridge_point_id = ${bp.id} ORDER BY p.sort_key, p.id LIMIT 5000`),
  ]);
  const widths = [800, 3200, 3255, TEXT_TWIPS - 800 - 3200 - 3255];
  const file = await partyDocx({
    header: { ...head, symbol: null, date: todayVn() }, type: 'Danh sách ký tên', title: `Danh sách ký tên — ${bp.name}`,
    summary: `Đại biểu dự ${lowerFirst(c.title)}`,
    body: [
      labelled('Điểm cầu', bp.name),
      labelled('Thời gian', vnTime(c.startsAt)),
      labelled('Số đại biểu được mời', num(people.length)),
      para('', { after: 120 }),
      // The organizer's own name is in the header: "Chi bộ thôn 1", not "Chi bộ thôn 1 · Đảng ủy xã Dân Lực".
      grid(['STT', 'Họ và tên', 'Chi bộ, đơn vị', 'Ký tên'], people.map((p, i) => [String(i + 1), p.fullName, p.unit.replace(` · ${u.name}`, ''), '']), widths, { rowHeight: 567 }),
    ],
    recipients: null,
    signature: { onBehalf: null, title: 'Người lập danh sách', name: null },
  });
  await audit(db, actor, { action: 'generate_sign_in', entity: 'bridge_point', entityId: bp.id, orgPath: bp.orgPath, after: { count: people.length } });
  return { file, filename: `Danh sach ky ten - diem cau ${bp.id}.docx`, count: people.length };
}
