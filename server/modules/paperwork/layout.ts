// The one layout of every generated Party paper (Hướng dẫn 36-HD/VPTW; Quy định 399-QĐ/TW): A4, Times New Roman 14,
// margins top/bottom 20 mm, left 30 mm, right 15 mm; the header as a borderless two-column table (left: superior body,
// issuing body in bold capitals with a star, the number and symbol; right: "ĐẢNG CỘNG SẢN VIỆT NAM" in bold capitals
// with a rule under it, place and date in italics); the type in bold capitals with its summary; the body; the
// recipients ("Nơi nhận:") beside the signature block. Every paper module builds its body with these helpers only.
import {
  AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, UnderlineType,
  VerticalAlign, WidthType,
} from 'docx';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const FONT = 'Times New Roman';
/** Sizes in half-points: body 14 pt, the party name 15 pt, the type 16 pt, recipients 12 pt. */
export const SIZE = { body: 28, party: 30, type: 32, small: 24 } as const;
/** A4 and the margins, in twips (1 mm = 56.7 twips). */
export const PAGE = { width: 11906, height: 16838, top: 1134, bottom: 1134, left: 1701, right: 850 } as const;
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right; // 9355 twips = 165 mm
// Each column holds its longest line on one line: "ĐẢNG BỘ HUYỆN TRIỆU SƠN" in 14 pt capitals (about 69 mm) on the left,
// "ĐẢNG CỘNG SẢN VIỆT NAM" in 15 pt bold capitals (about 74 mm) on the right: 77.5 mm and 87.5 mm.
const LEFT_COL = 4395;
const RIGHT_COL = TEXT_WIDTH - LEFT_COL;

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const line = { style: BorderStyle.SINGLE, size: 6, color: '000000' };

export interface RunStyle { bold?: boolean; italics?: boolean; underline?: boolean; size?: number }
export interface ParaStyle extends RunStyle {
  align?: 'left' | 'center' | 'right' | 'justify';
  after?: number;
  before?: number;
  indent?: boolean;
  rule?: { left: number; right: number };
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED };

export const run = (text: string, s: RunStyle = {}) => new TextRun({
  text, font: FONT, size: s.size ?? SIZE.body, bold: s.bold, italics: s.italics,
  underline: s.underline ? { type: UnderlineType.SINGLE } : undefined,
});

/** A paragraph of one style; `runs` mixes styles within it (a bold label then plain text). */
export function para(text: string | TextRun[], s: ParaStyle = {}) {
  return new Paragraph({
    alignment: ALIGN[s.align ?? 'left'],
    spacing: { before: s.before ?? 0, after: s.after ?? 0, line: 276 },
    indent: s.rule ? { left: s.rule.left, right: s.rule.right } : s.indent ? { firstLine: 567 } : undefined,
    border: s.rule ? { bottom: line } : undefined,
    children: typeof text === 'string' ? [run(text, s)] : text,
  });
}

/** Body text: justified, first line indented 1 cm, 6 pt before. */
export const body = (text: string | TextRun[]) => para(text, { align: 'justify', indent: true, before: 120 });
/** "I- KẾT QUẢ ..." (bold capitals) and "1- Công tác ..." (bold). */
export const heading = (text: string) => para(text, { bold: true, align: 'justify', indent: true, before: 160 });
/** A labelled line: "Thời gian: 7 giờ 30 phút ...". */
export const labelled = (label: string, value: string) => para([run(`${label}: `, { bold: true }), run(value)], { align: 'justify', indent: true, before: 80 });

/** A bordered data table (figures, sign-in sheets); widths in twips summing to the text width or less. */
export function grid(headers: string[], rowsIn: string[][], widths: number[], o: { rowHeight?: number; size?: number } = {}) {
  const cell = (t: string, i: number, head: boolean) => new TableCell({
    width: { size: widths[i], type: WidthType.DXA }, verticalAlign: VerticalAlign.CENTER,
    // Headers, the row number and figures are centred; names read from the left.
    children: [para(t, { bold: head, size: o.size ?? SIZE.body, align: head || i === 0 || /^[\d.,%() *]+$/.test(t) ? 'center' : 'left' })],
  });
  return new Table({
    layout: TableLayoutType.FIXED, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, i, true)) }),
      ...rowsIn.map((r) => new TableRow({ cantSplit: true, height: o.rowHeight ? { value: o.rowHeight, rule: 'atLeast' } : undefined, children: r.map((t, i) => cell(t, i, false)) })),
    ],
  });
}

export interface Header {
  /** "ĐẢNG BỘ HUYỆN TRIỆU SƠN"; null at the top of the tree. */
  superior: string | null;
  /** "ĐẢNG ỦY XÃ DÂN LỰC". */
  issuer: string;
  /** "12-BC/ĐU", written "Số 12-BC/ĐU"; null for an unnumbered paper. */
  symbol: string | null;
  /** "Dân Lực". */
  place: string;
  /** YYYY-MM-DD. */
  date: string;
}

export interface Signature { onBehalf: string | null; title: string; name: string | null }

export interface Paper {
  header: Header;
  /** "BÁO CÁO", "GIẤY MỜI"… */
  type: string;
  summary: string | null;
  body: (Paragraph | Table)[];
  /** Recipients; the last line is usually "- Lưu Văn phòng …". null: no "Nơi nhận" (a sign-in sheet). */
  recipients: string[] | null;
  signature: Signature | null;
  title: string;
}

/** "Dân Lực, ngày 20 tháng 02 năm 2026": days under 10 and the months 1 and 2 take a leading zero (36-HD/VPTW). */
export function placeDate(place: string, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const day = String(d).padStart(2, '0');
  const month = m < 3 ? String(m).padStart(2, '0') : String(m);
  return `${place}, ngày ${day} tháng ${month} năm ${y}`;
}

const upper = (s: string) => s.toLocaleUpperCase('vi');

function headerTable(h: Header) {
  const cell = (width: number, children: Paragraph[]) => new TableCell({ width: { size: width, type: WidthType.DXA }, borders: { top: none, bottom: none, left: none, right: none }, children });
  const left = [
    ...(h.superior ? [para(upper(h.superior), { align: 'center' })] : []),
    para(upper(h.issuer), { align: 'center', bold: true }),
    para('*', { align: 'center' }),
  ];
  // The rule under the party name is about as long as the name: the paragraph's border, narrowed by its indents.
  const right = [para('ĐẢNG CỘNG SẢN VIỆT NAM', { align: 'center', bold: true, size: SIZE.party, rule: { left: 200, right: 200 } })];
  return new Table({
    layout: TableLayoutType.FIXED, width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: [LEFT_COL, RIGHT_COL], borders: noBorders,
    rows: [
      new TableRow({ children: [cell(LEFT_COL, left), cell(RIGHT_COL, right)] }),
      new TableRow({ children: [
        // The number and the date stand on one line (both 6 pt below the blocks above them).
        cell(LEFT_COL, [para(h.symbol ? `Số ${h.symbol}` : '', { align: 'center', before: 120 })]),
        cell(RIGHT_COL, [para(placeDate(h.place, h.date), { align: 'center', italics: true, before: 120 })]),
      ] }),
    ],
  });
}

function closing(p: Paper) {
  const cell = (width: number, children: Paragraph[]) => new TableCell({ width: { size: width, type: WidthType.DXA }, borders: { top: none, bottom: none, left: none, right: none }, children });
  const left = p.recipients
    ? [para('Nơi nhận:', { underline: true }), ...p.recipients.map((r) => para(r, { size: SIZE.small }))]
    : [para('')];
  const s = p.signature;
  const right = s
    ? [
        ...(s.onBehalf ? [para(upper(s.onBehalf), { align: 'center', bold: true })] : []),
        para(upper(s.title), { align: 'center', bold: true }),
        // Room for the signature and the seal.
        para(''), para(''), para(''), para(''),
        para(s.name ?? '', { align: 'center', bold: true }),
      ]
    : [para('')];
  return new Table({
    layout: TableLayoutType.FIXED, width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: [LEFT_COL, RIGHT_COL], borders: noBorders,
    rows: [new TableRow({ cantSplit: true, children: [cell(LEFT_COL, left), cell(RIGHT_COL, right)] })],
  });
}

/** The .docx bytes of a paper. */
export async function partyDocx(p: Paper): Promise<Buffer> {
  const doc = new Document({
    creator: 'Quán Triệt', title: p.title,
    styles: { default: { document: { run: { font: FONT, size: SIZE.body } } } },
    sections: [{
      properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: 720, footer: 720 } } },
      children: [
        headerTable(p.header),
        para(upper(p.type), { align: 'center', bold: true, size: SIZE.type, before: 360 }),
        ...(p.summary ? [para(p.summary, { align: 'center', bold: true })] : []),
        para('-----', { align: 'center', after: 120 }),
        ...p.body,
        para('', { after: 240 }),
        ...(p.recipients || p.signature ? [closing(p)] : []),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}

export const TEXT_TWIPS = TEXT_WIDTH;
