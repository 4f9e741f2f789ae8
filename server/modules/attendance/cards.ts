// Printable QR check-in cards for members without a smartphone: a Word file (A4, cards in a grid with dashed cut
// lines) that the commune office prints, edits or reprints with the software it already has, even offline.
import {
  AlignmentType, BorderStyle, Document, HeightRule, ImageRun, Packer, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun,
  VerticalAlign, WidthType, convertMillimetersToTwip as mm,
} from 'docx';
import QRCode from 'qrcode';
import { audit } from '../../core/audit.js';
import { one, rows, sql, type Db } from '../../core/db/index.js';
import { notFound } from '../../core/errors.js';
import { can, type Actor } from '../../core/policy.js';
import { unitLabel } from '../../core/units.js';
import '../people/policy.js'; // person.read: the cards carry names, so only staff who may read those people print them
import { personCode } from './codes.js';
import { personKey } from './keys.js';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const LAYOUTS = ['2x5', '3x4'] as const;
export type Layout = (typeof LAYOUTS)[number];
/** More than any commune's members; a whole district is printed commune by commune. */
export const CARDS_MAX = 3000;

// A4 is 210 × 297 mm; 10 mm margins leave 190 × 277 mm, split in equal cards a little short of the page so that
// Word never pushes a row to the next page.
const GRID: Record<Layout, { cols: number; rows: number; qrMm: number }> = {
  '2x5': { cols: 2, rows: 5, qrMm: 38 },
  '3x4': { cols: 3, rows: 4, qrMm: 40 },
};
const PAGE_W = 190;
const PAGE_H = 275;
const PX_PER_MM = 96 / 25.4; // docx sizes images in CSS pixels
const FONT = 'Times New Roman';

interface CardPerson { id: number; fullName: string; unit: string }

const cut = { style: BorderStyle.DASHED, size: 4, color: '808080' };
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const text = (t: string, o: { size: number; bold?: boolean; italics?: boolean; after?: number }) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: o.after ?? 40 }, children: [new TextRun({ text: t, font: FONT, size: o.size, bold: o.bold, italics: o.italics })] });

async function card(p: CardPerson | null, key: Buffer, layout: Layout) {
  const g = GRID[layout];
  const width = { size: mm(PAGE_W / g.cols), type: WidthType.DXA };
  const borders = { top: cut, bottom: cut, left: cut, right: cut };
  if (!p) return new TableCell({ width, borders, children: [new Paragraph('')] });
  const code = personCode(key, p.id);
  // 400 px is about 270 dpi at the printed size: crisp enough for any phone camera and for the test's decoder.
  const png = await QRCode.toBuffer(code, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 400 });
  const side = Math.round(g.qrMm * PX_PER_MM);
  const qr = new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: [new ImageRun({ type: 'png', data: png, transformation: { width: side, height: side } })] });
  const words = [
    text(p.fullName, { size: 26, bold: true, after: 20 }),
    text(p.unit, { size: 18, after: 60 }),
    text('Thẻ điểm danh hội nghị', { size: 16, italics: true, after: 0 }),
  ];
  if (layout === '3x4') {
    return new TableCell({ width, borders, verticalAlign: VerticalAlign.CENTER, children: [...words.slice(0, 2), qr, words[2]] });
  }
  // 2 × 5: the code on the left, the words beside it.
  const inner = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: mm(PAGE_W / g.cols - 4), type: WidthType.DXA },
    columnWidths: [mm(g.qrMm + 2), mm(PAGE_W / g.cols - g.qrMm - 6)],
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: [new TableRow({ children: [
      new TableCell({ width: { size: mm(g.qrMm + 2), type: WidthType.DXA }, verticalAlign: VerticalAlign.CENTER, children: [qr] }),
      new TableCell({ width: { size: mm(PAGE_W / g.cols - g.qrMm - 6), type: WidthType.DXA }, verticalAlign: VerticalAlign.CENTER, children: words }),
    ] })],
  });
  return new TableCell({ width, borders, verticalAlign: VerticalAlign.CENTER, children: [inner, new Paragraph({ spacing: { after: 0 }, children: [] })] });
}

/** The .docx bytes: one card per person, in the given order, a full grid per A4 page. */
export async function cardsDocx(people: CardPerson[], key: Buffer, layout: Layout, title: string) {
  const g = GRID[layout];
  const height = mm(PAGE_H / g.rows);
  const rowsOut: TableRow[] = [];
  for (let i = 0; i < Math.max(people.length, 1); i += g.cols) {
    const cells = await Promise.all(Array.from({ length: g.cols }, (_, j) => card(people[i + j] ?? null, key, layout)));
    rowsOut.push(new TableRow({ cantSplit: true, height: { value: height, rule: HeightRule.EXACT }, children: cells }));
  }
  const doc = new Document({
    creator: 'Quán Triệt', title, description: 'Thẻ QR điểm danh cho đảng viên không dùng điện thoại thông minh',
    sections: [{
      properties: { page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(10), bottom: mm(10), left: mm(10), right: mm(10), header: 0, footer: 0 } } },
      children: [new Table({
        layout: TableLayoutType.FIXED, width: { size: mm(PAGE_W), type: WidthType.DXA },
        columnWidths: Array.from({ length: g.cols }, () => mm(PAGE_W / g.cols)), rows: rowsOut,
      })],
    }],
  });
  return Packer.toBuffer(doc);
}

/**
 * The cards of everyone whose home unit is in the subtree of orgId, by unit then name. Only staff who may read
 * those people (the unit or above); anyone else is told the unit does not exist, and sees no name. Audited.
 */
export async function exportCards(db: Db, actor: Actor, orgId: number, layout: Layout) {
  const org = await one<{ id: number; path: string; label: string }>(db, sql`SELECT o.id, o.path::text AS path, ${unitLabel('o')} AS label
    FROM orgs o WHERE o.id = ${orgId}`);
  if (!org || !can(actor, 'person.read', org.path)) throw notFound('org');
  const people = await rows<CardPerson>(db, sql`SELECT p.id, p.full_name AS "fullName", ${unitLabel('u')} AS unit
    FROM people p JOIN orgs u ON u.id = p.org_id WHERE u.path <@ ${org.path}::ltree
    ORDER BY u.path, p.sort_key, p.id LIMIT ${CARDS_MAX}`);
  const file = await cardsDocx(people, await personKey(db), layout, `Thẻ QR điểm danh — ${org.label}`);
  await audit(db, actor, { action: 'export_cards', entity: 'org', entityId: org.id, orgPath: org.path, after: { layout, count: people.length } });
  return { file, count: people.length, label: org.label };
}
