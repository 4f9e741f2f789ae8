// The people spreadsheet: one column layout shared by the import template, the import and the export.
import ExcelJS from 'exceljs';
import { AppError, type FieldMessage } from '../../core/errors.js';
import { fold } from '../../core/vn.js';
import { CATEGORIES, type Category, type Gender, type PartyStatus } from './schemas.js';

import { styleTable, tableWorkbook, type Column } from '../../core/xlsx-export.js';

export { XLSX_MIME } from '../../core/xlsx-export.js';

export const COLUMNS = [
  { key: 'fullName', header: 'Họ và tên*', width: 28 },
  { key: 'gender', header: 'Giới tính (Nam/Nữ)', width: 12 },
  { key: 'birthDate', header: 'Ngày sinh (dd/mm/yyyy)', width: 14, date: true },
  { key: 'orgId', header: 'Đơn vị (mã id hoặc tên chi bộ)', width: 30 },
  { key: 'partyStatus', header: 'Đảng viên (Chính thức/Dự bị)', width: 16 },
  { key: 'joinedOn', header: 'Ngày vào Đảng', width: 14, date: true },
  { key: 'officialOn', header: 'Ngày chính thức', width: 14, date: true },
  { key: 'cardNumber', header: 'Số thẻ đảng viên', width: 16, text: true },
  { key: 'phone', header: 'Điện thoại', width: 14, text: true },
  { key: 'email', header: 'Email', width: 26 },
  { key: 'categories', header: 'Nhóm', width: 36 },
] as const;
export type ColumnKey = (typeof COLUMNS)[number]['key'];
export const headerOf = (key: string) => COLUMNS.find((c) => c.key === key)?.header ?? key;

export const GENDER_LABELS: Record<Gender, string> = { male: 'Nam', female: 'Nữ' };
export const PARTY_LABELS: Record<PartyStatus, string> = { official: 'Chính thức', probationary: 'Dự bị' };
export const CATEGORY_LABELS: Record<Category, string> = {
  key_cadre: 'Cán bộ chủ chốt',
  presenter: 'Báo cáo viên',
  collaborator: 'Cộng tác viên DLXH',
  lecturer: 'Giảng viên TTCT',
  propaganda_staff: 'Cán bộ tuyên giáo',
  mass_org_member: 'Hội viên đoàn thể',
};

/** A header compared loosely: without diacritics, the star and the hint in brackets. */
const headerKey = (text: string) => fold(text).replace(/\*/g, '').replace(/\(.*?\)/g, '').replace(/\s+/g, ' ').trim();

type CellValue = ExcelJS.CellValue;

/** A cell as plain text: rich text joined, hyperlinks by their text, formulas by their result. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return isoOf(v);
  if (typeof v !== 'object') return String(v).trim();
  if ('richText' in v) return v.richText.map((r) => r.text).join('').trim();
  if ('hyperlink' in v) return cellText(v.text as CellValue);
  if ('formula' in v || 'sharedFormula' in v) return cellText((v as { result?: CellValue }).result);
  return '';
}

function isoOf(d: Date): string {
  // exceljs gives dates at UTC midnight; a minute of slack absorbs floating-point serials.
  return new Date(Math.floor((d.getTime() + 60_000) / 86_400_000) * 86_400_000).toISOString().slice(0, 10);
}

function validIso(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 2999 || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return dt.toISOString().slice(0, 10);
}

/** A date cell: a real Excel date, an Excel serial number, or text dd/mm/yyyy (also yyyy-mm-dd). */
export function parseDateCell(v: CellValue | undefined): { value: string | null } | { error: FieldMessage } {
  if (v instanceof Date) return { value: isoOf(v) };
  if (typeof v === 'number') {
    if (v > 0 && v < 2958466) return { value: new Date(Math.round((v - 25569) * 86_400_000)).toISOString().slice(0, 10) };
  }
  const text = cellText(v);
  if (!text) return { value: null };
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  let iso = m ? validIso(+m[3], +m[2], +m[1]) : null;
  if (!m) {
    m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    iso = m ? validIso(+m[1], +m[2], +m[3]) : null;
  }
  return iso ? { value: iso } : { error: { key: 'import_bad_date', params: { value: text } } };
}

/** A value picked from a fixed list by its Vietnamese label (with or without diacritics) or its code. */
export function parseChoice<T extends string>(text: string, labels: Record<T, string>): { value: T | null } | { error: FieldMessage } {
  if (!text) return { value: null };
  const want = fold(text).trim();
  for (const [key, label] of Object.entries(labels) as [T, string][]) {
    if (fold(label) === want || key === want) return { value: key };
  }
  return { error: { key: 'import_bad_value', params: { value: text, allowed: Object.values(labels).join(', ') } } };
}

export function parseCategories(text: string): { value: Category[] } | { error: FieldMessage } {
  const out: Category[] = [];
  for (const part of text.split(/[,;]/).map((s) => s.trim()).filter(Boolean)) {
    const r = parseChoice(part, CATEGORY_LABELS);
    if ('error' in r) return r;
    if (r.value && !out.includes(r.value)) out.push(r.value);
  }
  return { value: out };
}

/** Phone numbers typed as numbers lose their leading zero in Excel (912345678 → 0912345678). */
export function phoneText(v: CellValue | undefined): string {
  const text = cellText(v);
  return typeof v === 'number' && /^\d{9}$/.test(text) ? `0${text}` : text;
}

export interface SheetRow {
  row: number; // the Excel row number, as users see it
  cells: Partial<Record<ColumnKey, CellValue>>;
}

/** Reads the first sheet: finds the columns by their headers (any order), returns the non-empty rows. */
export async function readPeopleSheet(file: Buffer): Promise<{ rows: SheetRow[]; missing: ColumnKey[] }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
  } catch {
    throw new AppError(422, 'import_bad_file');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new AppError(422, 'import_bad_file');
  const colOf = new Map<ColumnKey, number>();
  const byHeader = new Map(COLUMNS.map((c) => [headerKey(c.header), c.key]));
  ws.getRow(1).eachCell((cell, col) => {
    const key = byHeader.get(headerKey(cellText(cell.value)));
    if (key && !colOf.has(key)) colOf.set(key, col);
  });
  const missing = COLUMNS.filter((c) => c.key === 'fullName' && !colOf.has(c.key)).map((c) => c.key);
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (n === 1) return;
    const cells: SheetRow['cells'] = {};
    for (const [key, col] of colOf) {
      const v = row.getCell(col).value;
      if (cellText(v) !== '') cells[key] = v;
    }
    if (Object.keys(cells).length) rows.push({ row: n, cells });
  });
  return { rows, missing };
}

const excelDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

export interface ExportRow {
  fullName: string; gender: Gender | null; birthDate: string | null; orgName: string; partyStatus: PartyStatus | null;
  joinedOn: string | null; officialOn: string | null; cardNumber: string | null; phone: string | null; email?: string | null;
  categories: Category[];
}

function sheetWith(rows: ExportRow[], title: string) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Quán Triệt';
  const ws = wb.addWorksheet(title);
  ws.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key }));
  // The look every exported table has (core/xlsx-export.ts), with the header in row 1 so the file imports back.
  styleTable(ws, 1, COLUMNS.map((c) => ({ width: c.width, numFmt: 'date' in c ? 'dd/mm/yyyy' : 'text' in c ? '@' : undefined })));
  for (const r of rows) {
    ws.addRow({
      fullName: r.fullName, gender: r.gender ? GENDER_LABELS[r.gender] : null, birthDate: excelDate(r.birthDate),
      orgId: r.orgName, partyStatus: r.partyStatus ? PARTY_LABELS[r.partyStatus] : null, joinedOn: excelDate(r.joinedOn),
      officialOn: excelDate(r.officialOn), cardNumber: r.cardNumber, phone: r.phone, email: r.email ?? null,
      categories: r.categories.map((c) => CATEGORY_LABELS[c]).join(', '),
    });
  }
  return { wb, ws };
}

const toBuffer = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());

/** The export: the import's columns with the header in row 1 (so it imports back), written by the shared streaming writer. */
export async function exportWorkbook(rows: ExportRow[]): Promise<Buffer> {
  const value: Record<ColumnKey, (r: ExportRow) => string | null | undefined> = {
    fullName: (r) => r.fullName, gender: (r) => (r.gender ? GENDER_LABELS[r.gender] : null), birthDate: (r) => r.birthDate,
    orgId: (r) => r.orgName, partyStatus: (r) => (r.partyStatus ? PARTY_LABELS[r.partyStatus] : null), joinedOn: (r) => r.joinedOn,
    officialOn: (r) => r.officialOn, cardNumber: (r) => r.cardNumber, phone: (r) => r.phone, email: (r) => r.email,
    categories: (r) => r.categories.map((c) => CATEGORY_LABELS[c]).join(', '),
  };
  const columns: Column<ExportRow>[] = COLUMNS.map((c) => ({
    header: c.header, value: value[c.key], width: c.width, format: 'date' in c ? 'date' : 'text' in c ? 'text' : undefined,
  }));
  // The headers are the import's own (Vietnamese) words, not message keys: t() gives them back unchanged.
  return tableWorkbook({ lang: 'vi', displayName: '' }, { title: '', filters: [], plain: true, sheets: [{ name: 'Danh sách', columns, rows }] });
}

/** The import template: headers, one example row, and drop-down lists for the fixed choices. */
export async function templateWorkbook(exampleUnit: string): Promise<Buffer> {
  const { wb, ws } = sheetWith([{
    fullName: 'Nguyễn Văn Mẫu', gender: 'male', birthDate: '1980-05-19', orgName: exampleUnit, partyStatus: 'official',
    joinedOn: '2005-03-26', officialOn: '2006-03-26', cardNumber: '93.001234', phone: '0912345678', email: 'mau@example.vn',
    categories: ['key_cadre', 'presenter'],
  }], 'Danh sách');
  ws.getRow(2).font = { italic: true, color: { argb: 'FF808080' } };
  const list = (values: string[]) => ({ type: 'list' as const, allowBlank: true, formulae: [`"${values.join(',')}"`] });
  for (let r = 2; r <= 1000; r++) {
    ws.getCell(r, 2).dataValidation = list(Object.values(GENDER_LABELS));
    ws.getCell(r, 5).dataValidation = list(Object.values(PARTY_LABELS));
  }
  const help = wb.addWorksheet('Hướng dẫn');
  help.columns = [{ width: 32 }, { width: 90 }];
  help.addRows([
    ['Cột', 'Cách ghi'],
    ...COLUMNS.map((c) => [c.header, HELP[c.key]]),
    [],
    ['Lưu ý', 'Xóa dòng mẫu (dòng 2) trước khi nhập. Nếu có dòng lỗi, hệ thống báo từng dòng và chưa nhập dòng nào.'],
  ]);
  help.getRow(1).font = { bold: true };
  return toBuffer(wb);
}

const HELP: Record<ColumnKey, string> = {
  fullName: 'Bắt buộc, ghi đầy đủ có dấu',
  gender: 'Nam hoặc Nữ',
  birthDate: 'Ngày dạng dd/mm/yyyy',
  orgId: 'Mã số hoặc tên chính xác của chi bộ/đoàn thể trong phạm vi quản lý; để trống = đơn vị mặc định đã chọn',
  partyStatus: 'Chính thức, Dự bị, hoặc để trống nếu không phải đảng viên',
  joinedOn: 'Bắt buộc với đảng viên (dd/mm/yyyy)',
  officialOn: 'Bắt buộc với đảng viên chính thức, không trước ngày vào Đảng',
  cardNumber: 'Chỉ với đảng viên; không trùng với người khác',
  phone: 'Số điện thoại',
  email: 'Địa chỉ email',
  categories: `Một hoặc nhiều, cách nhau dấu phẩy: ${CATEGORIES.map((c) => CATEGORY_LABELS[c]).join(', ')}`,
};
