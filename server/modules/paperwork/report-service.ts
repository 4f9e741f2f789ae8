// Drafting and issuing the campaign report of a unit: the draft answers the figures and the prefilled narrative;
// issuing takes the next BC number of the unit's term, writes the .docx, registers it in the document registry with
// the file attached, all in one audited transaction (the file is removed if the transaction fails).
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { audit } from '../../core/audit.js';
import { one, rows, sql, type Db } from '../../core/db/index.js';
import { badRequest, notFound } from '../../core/errors.js';
import { assertCan, can, type Actor } from '../../core/policy.js';
import { todayVn } from '../../core/schemas.js';
import { kindOfName, newStorageKey, removeStored, storedPath } from '../documents/files.js';
import { asIssuer, findUnit, headerOf, signatureOf, takeNumber, type IssuerUnit } from './issuer.js';
import { DOCX_MIME, partyDocx } from './layout.js';
import { draftNarrative, reportBody } from './report.js';
import { reportFacts } from './report-facts.js';
import type { ReportInput } from './schemas.js';
import { lowerFirst, officeOf } from './words.js';
import './policy.js';
import './messages.js';

/** The unit the paper is issued by: seen by the caller (else 404), whose papers it may issue (else 403). */
export async function issuingUnit(db: Db, actor: Actor, orgId: number): Promise<IssuerUnit> {
  const o = await findUnit(db, orgId);
  if (!o || !can(actor, 'campaign.read', o.path)) throw notFound('org');
  assertCan(actor, 'paper.write', o.path);
  return asIssuer(o);
}

function defaultRecipients(above: string | null) {
  return [
    ...(above ? [`- Ban Thường vụ ${above} (để báo cáo),`, `- Ban Tuyên giáo ${above},`] : []),
    '- Các chi bộ trực thuộc,',
  ];
}

async function previousReports(db: Db, campaignId: number, orgId: number) {
  return rows<{ documentId: number | null; symbol: string; issuedOn: string }>(db, sql`SELECT document_id AS "documentId", symbol,
      to_char(issued_on, 'YYYY-MM-DD') AS "issuedOn"
    FROM generated_papers WHERE kind = 'campaign_report' AND subject_id = ${campaignId} AND org_id = ${orgId} ORDER BY id DESC LIMIT 20`);
}

export async function reportDraft(db: Db, actor: Actor, campaignId: number, orgId: number) {
  const u = await issuingUnit(db, actor, orgId);
  const [facts, head] = await Promise.all([reportFacts(db, actor, campaignId, u), headerOf(db, u)]);
  return {
    orgId: u.id, orgName: u.name, superior: head.superior, place: head.place,
    ...draftNarrative(facts, u.name, head.committee),
    recipients: defaultRecipients(head.committee),
    keep: `- ${officeOf(u.name, u.kind)}`,
    figures: {
      invited: facts.participation.total.invited, attended: facts.participation.total.attended, rate: facts.participation.total.rate,
      conferences: facts.held.reduce((a, r) => a + r.conferences, 0), lateUnits: facts.obligations.heldLate + facts.obligations.overdue,
      programs: facts.programs.length,
    },
    previous: await previousReports(db, campaignId, u.id),
  };
}

export async function issueReport(db: Db, filesDir: string, actor: Actor, campaignId: number, input: ReportInput) {
  const u = await issuingUnit(db, actor, input.orgId);
  const issuedOn = input.issuedOn ?? todayVn();
  if (issuedOn > todayVn()) throw badRequest({ issuedOn: 'paper_date_future' });
  const [facts, head, signature] = await Promise.all([reportFacts(db, actor, campaignId, u), headerOf(db, u), signatureOf(db, u)]);
  const summary = `Kết quả ${lowerFirst(facts.campaign.title)}`;
  const title = `Báo cáo ${lowerFirst(summary)}`;
  let key: string | null = null;
  try {
    return await db.transaction(async (tx) => {
      const n = await takeNumber(tx, u, 'BC', issuedOn);
      const file = await partyDocx({
        header: { superior: head.superior, issuer: head.issuer, place: head.place, symbol: n.symbol, date: issuedOn }, type: 'Báo cáo', summary, title,
        body: reportBody(facts, input, u.name),
        recipients: [...(input.recipients ?? defaultRecipients(head.committee)), `- ${officeOf(u.name, u.kind)}`],
        signature,
      });
      const kind = kindOfName('x.docx')!;
      key = newStorageKey(kind);
      const full = storedPath(filesDir, key);
      await mkdir(path.dirname(full), { recursive: true });
      await writeFile(full, file, { flag: 'wx' });
      const level = u.kind === 'province' || u.kind === 'district' ? u.kind : 'grassroots';
      const doc = (await one<{ id: number }>(tx, sql`INSERT INTO documents (owner_org_id, type, number, symbol, issuer, level, issued_on, year, title, summary, created_by)
        VALUES (${u.id}, 'BC', ${n.number}, ${n.symbol}, ${u.code}, ${level}, ${issuedOn}, ${Number(issuedOn.slice(0, 4))}, ${title},
          ${`${facts.participation.total.attended}/${facts.participation.total.invited} người tham gia học tập.`}, ${actor.accountId})
        RETURNING id`))!;
      if (facts.campaign.documents.length) {
        await tx.execute(sql`INSERT INTO document_relations (from_id, to_id, kind)
          VALUES ${sql.join(facts.campaign.documents.map((d) => sql`(${doc.id}, ${d.id}, 'implements')`), sql`, `)} ON CONFLICT DO NOTHING`);
      }
      const filename = `${n.symbol.replace(/\//g, '-')} Bao cao ket qua hoc tap.docx`;
      const att = (await one<{ id: number }>(tx, sql`INSERT INTO attachments (document_id, filename, mime, size, sha256, storage_key, uploaded_by)
        VALUES (${doc.id}, ${filename}, ${DOCX_MIME}, ${file.length}, ${createHash('sha256').update(file).digest('hex')}, ${key}, ${actor.accountId})
        RETURNING id`))!;
      await tx.execute(sql`INSERT INTO generated_papers (kind, org_id, subject_id, term, type, number, symbol, issued_on, document_id, created_by)
        VALUES ('campaign_report', ${u.id}, ${campaignId}, ${n.term}, 'BC', ${n.number}, ${n.symbol}, ${issuedOn}, ${doc.id}, ${actor.accountId})`);
      const out = { documentId: doc.id, attachmentId: att.id, number: n.number, symbol: n.symbol, term: n.term, issuedOn, filename };
      await audit(tx, actor, { action: 'generate_report', entity: 'document', entityId: doc.id, orgPath: u.path,
        after: { ...out, campaignId, title, opening: input.opening, assessment: input.assessment, proposals: input.proposals } });
      return out;
    });
  } catch (err) {
    if (key) await removeStored(filesDir, key);
    throw err;
  }
}
