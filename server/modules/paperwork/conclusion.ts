// The notice of an inspection's conclusion (thông báo kết luận kiểm tra / giám sát, Step 4): the published findings
// per subject unit and checklist item, the conclusion and the recommendations with their deadlines. Its symbol is the
// registered conclusion document's when there is one, else a TB number of the issuing body taken once and kept.
import { audit } from '../../core/audit.js';
import { one, sql, type Db, type Queryable } from '../../core/db/index.js';
import { AppError, conflict } from '../../core/errors.js';
import { can, type Actor } from '../../core/policy.js';
import { todayVn } from '../../core/schemas.js';
import { access } from '../inspections/access.js';
import { detail } from '../inspections/service.js';
import { asIssuer, findUnit, headerOf, signatureOf, takeNumber, type IssuerUnit } from './issuer.js';
import { body, heading, para, partyDocx, type Signature } from './layout.js';
import { ASSESSMENT_VI, CHECKLIST_VI, lowerFirst, officeOf, paragraphs, vnDate } from './words.js';
import './policy.js';

async function noticeNumber(tx: Queryable, actor: Actor, u: IssuerUnit, inspectionId: number, issuedOn: string) {
  const had = await one<{ symbol: string }>(tx, sql`SELECT symbol FROM generated_papers WHERE kind = 'inspection_conclusion' AND subject_id = ${inspectionId}`);
  if (had) return had.symbol;
  const n = await takeNumber(tx, u, 'TB', issuedOn);
  await tx.execute(sql`INSERT INTO generated_papers (kind, org_id, subject_id, term, type, number, symbol, issued_on, created_by)
    VALUES ('inspection_conclusion', ${u.id}, ${inspectionId}, ${n.term}, 'TB', ${n.number}, ${n.symbol}, ${issuedOn}, ${actor.accountId})`);
  return n.symbol;
}

/** By the team, the issuing unit's leadership or its office; subject units see the conclusion in the app (403). */
export async function conclusionDocx(db: Db, actor: Actor, inspectionId: number) {
  const a = await access(db, actor, inspectionId);
  if (!a.full || !(a.role || a.director || can(actor, 'paper.write', a.i.orgPath))) throw new AppError(403, 'forbidden');
  if (a.i.status !== 'concluded' && a.i.status !== 'closed') throw conflict('paper_not_concluded');
  const d = await detail(db, actor, inspectionId, a);
  const base = asIssuer((await findUnit(db, a.i.orgId))!);
  const commission = d.body === 'inspection_commission';
  // The inspection commission issues under its committee ("HUYỆN ỦY TRIỆU SƠN / ỦY BAN KIỂM TRA", symbol TB/UBKTHU).
  const u: IssuerUnit = commission ? { ...base, code: `UBKT${base.code}` } : base;
  const head = await headerOf(db, base);
  const header = commission ? { ...head, superior: base.name, issuer: 'Ủy ban Kiểm tra' } : head;
  const signature: Signature = commission ? { onBehalf: 'T/M ỦY BAN KIỂM TRA', title: 'CHỦ NHIỆM', name: null } : await signatureOf(db, base);
  // Concluding sets the day; a row written otherwise (an import) falls back to the team's last day, then today.
  const issuedOn = d.concludedOn ?? d.endsOn ?? todayVn();
  const symbol = d.conclusionDocument?.symbol ?? await db.transaction((tx) => noticeNumber(tx, actor, u, inspectionId, issuedOn));
  const what = d.kind === 'giam_sat' ? 'giám sát' : 'kiểm tra';
  // The leader by their own name when the account is a person's (a shared office account names no one).
  const team = await one<{ name: string }>(db, sql`SELECT p.full_name AS name FROM inspection_members m JOIN accounts a ON a.id = m.account_id
    JOIN people p ON p.id = a.person_id WHERE m.inspection_id = ${inspectionId} AND m.role = 'leader'`);
  const sections = d.subjects.map((s, i) => {
    const found = d.findings.filter((f) => f.orgId === s.id && f.published);
    return [
      heading(`${i + 1}- ${s.name}`),
      ...(found.length
        ? found.map((f) => body(`- ${CHECKLIST_VI[f.item] ?? f.item}: ${ASSESSMENT_VI[f.published!.assessment] ?? f.published!.assessment}. ${f.published!.body}`))
        : [body('Chưa có nhận định được công bố.')]),
    ];
  }).flat();
  const file = await partyDocx({
    header: { ...header, symbol, date: issuedOn }, type: 'Thông báo', title: `Thông báo kết luận ${what}: ${d.title}`,
    summary: `Kết luận ${lowerFirst(d.title)}`,
    body: [
      body(`${d.decision ? `Thực hiện Quyết định số ${d.decision.symbol}, ` : ''}Đoàn ${what}${team ? ` do đồng chí ${team.name} làm trưởng đoàn` : ''} `
        + `đã tiến hành ${what} tại ${d.subjects.map((s) => s.name).join(', ')}`
        + `${d.startsOn ? ` từ ngày ${vnDate(d.startsOn)}${d.endsOn ? ` đến ngày ${vnDate(d.endsOn)}` : ''}` : ''}, `
        + `thời kỳ ${what} từ ${vnDate(d.periodFrom)} đến ${vnDate(d.periodTo)}. Trên cơ sở báo cáo của Đoàn, kết luận như sau:`),
      heading(`I- KẾT QUẢ ${what.toLocaleUpperCase('vi')}`),
      ...sections,
      heading('II- KẾT LUẬN'),
      ...paragraphs(d.conclusion ?? '').map(body),
      heading('III- KIẾN NGHỊ'),
      ...(d.recommendations.length
        ? d.recommendations.map((r) => body(`- ${r.org.name}: ${r.body} Thời hạn hoàn thành: ${vnDate(r.deadline)}.`))
        : [body('Không có kiến nghị.')]),
      para(''),
    ],
    recipients: [...d.subjects.map((s) => `- ${s.name} (để thực hiện),`), `- Thành viên Đoàn ${what},`, `- ${officeOf(base.name, base.kind)}`],
    signature,
  });
  await audit(db, actor, { action: 'generate_conclusion', entity: 'inspection', entityId: inspectionId, orgPath: a.i.orgPath, after: { symbol } });
  return { file, filename: `${symbol.replace(/\//g, '-')} Thong bao ket luan.docx`, symbol };
}
