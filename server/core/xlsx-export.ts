// Excel exports of the app's tables, one look for all of them: a title block saying what was exported, with which
// filters, when and by whom; then a bold, frozen header row with an auto-filter; dates as real dates and counts as
// numbers, so the office can sort, filter and add up in Excel. Each export is audited (it carries personal data).
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { audit } from './audit.js';
import { one, sql, type Queryable } from './db/index.js';
import { AppError } from './errors.js';
import { defineMessages, t, type Lang } from './i18n.js';
import { inScopeOrAbove, type Actor } from './policy.js';
import { todayVn } from './schemas.js';
import { unitLabel } from './units.js';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The route schema pieces of an export: what it produces, and the list's query without its paging. */
export const xlsxProduces = [XLSX_MIME];
export const xlsxResponse = { 200: z.any().describe('Tệp Excel (.xlsx)') };
export const withoutPaging = <T extends z.ZodRawShape>(q: z.ZodObject<T>) => q.omit({ page: true, pageSize: true } as never);

/**
 * Rows per export. The list's rows are read into memory before the file is written (as the list query gives them),
 * and a sheet larger than this is read with the app's filters, not scrolled (Excel itself stops at 1,048,576 rows; a
 * national conference has 1.93 million invitations): past it the export is refused with the count and the cap, and
 * the user narrows the filters (a unit, a bridge point, a status).
 */
export const EXPORT_MAX_ROWS = 50_000;
/** The list query's paging for an export: every row up to the cap, plus one to tell "too many". */
export const ALL_ROWS = { page: 1, pageSize: EXPORT_MAX_ROWS + 1 };
/** The header row of every exported sheet (rows 1–3 say what was exported, row 4 is blank). */
export const HEADER_ROW = 5;

/** How a column's values are written: real dates, numbers with a format, text kept as text. */
export type CellFormat = 'text' | 'int' | 'percent' | 'date' | 'datetime';
type Value = string | number | boolean | null | undefined;

export interface Column<R> {
  header: string; // i18n key, translated in the caller's language
  value: (row: R) => Value;
  width?: number;
  format?: CellFormat;
}
export interface SheetSpec<R> { name: string; columns: Column<R>[]; rows: R[] }
/** One filter as the title block shows it: its label (i18n key) and its value, already in words. */
export type FilterNote = [label: string, value: string | null | undefined];

const NUM_FMT: Record<CellFormat, string | undefined> = {
  text: '@', int: '#,##0', percent: '0.0%', date: 'dd/mm/yyyy', datetime: 'dd/mm/yyyy hh:mm',
};
const VN_OFFSET_MS = 7 * 3_600_000;

/** A value as Excel should hold it: 'YYYY-MM-DD' → a date, an ISO instant → its wall-clock time in Vietnam. */
function cell(v: Value, format: CellFormat | undefined): ExcelJS.CellValue {
  if (v === undefined || v === null || v === '') return null;
  if (format === 'date' && typeof v === 'string') return new Date(`${v.slice(0, 10)}T00:00:00Z`);
  // Excel has no time zones: the instant is shifted so the cell reads the time shown in the app (Asia/Ho_Chi_Minh).
  if (format === 'datetime' && typeof v === 'string') return new Date(new Date(v).getTime() + VN_OFFSET_MS);
  return v;
}

/** The shared look of a table: bold header row, frozen under it, auto-filter over its columns. */
const frozenAt = (headerRow: number) => [{ state: 'frozen' as const, ySplit: headerRow }];
const filterOver = (headerRow: number, columns: number) => ({ from: { row: headerRow, column: 1 }, to: { row: headerRow, column: Math.max(columns, 1) } });
const HEADER_FONT = { bold: true };

/** The same look on a workbook built in memory (the people list, which must also import back). */
export function styleTable(ws: ExcelJS.Worksheet, headerRow: number, columns: { width?: number; numFmt?: string }[]) {
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width ?? 18;
    if (c.numFmt) col.numFmt = c.numFmt;
  });
  ws.getRow(headerRow).font = HEADER_FONT;
  ws.views = frozenAt(headerRow);
  ws.autoFilter = filterOver(headerRow, columns.length);
}

const vnStamp = (d: Date) => {
  const v = new Date(d.getTime() + VN_OFFSET_MS).toISOString();
  return `${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)} ${v.slice(11, 16)}`;
};

export interface ExportSpec {
  title: string; filters: FilterNote[]; sheets: SheetSpec<any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** No title block, the header in row 1: a file meant to be imported back (the people list). */
  plain?: boolean;
} // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The workbook: per sheet the title block, the header row and the rows. Written with exceljs's streaming writer,
 * each row committed as it is added (the in-memory workbook took 791 MB of RSS and 56 s for 50,000 rows on this
 * busy machine); the zipped file is gathered in memory (about 2 MB for 50,000 rows) and sent.
 */
export async function tableWorkbook(actor: Pick<Actor, 'lang' | 'displayName'>, spec: ExportSpec): Promise<Buffer> {
  const lang = actor.lang;
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => { out.on('end', resolve); out.on('error', reject); });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'Quán Triệt';
  wb.created = new Date();
  const used = spec.filters.filter(([, v]) => v);
  const filterText = used.length ? used.map(([k, v]) => `${t(lang, k)}: ${v}`).join('; ') : t(lang, 'xlsx_no_filter');
  const note = { italic: true, color: { argb: 'FF595959' } };
  for (const sheet of spec.sheets) {
    // Sheet names: at most 31 characters and none of : \ / ? * [ ].
    const headerRow = spec.plain ? 1 : HEADER_ROW;
    const ws = wb.addWorksheet(t(lang, sheet.name).replace(/[:\\/?*[\]]/g, ' ').slice(0, 31), { views: frozenAt(headerRow) });
    ws.columns = sheet.columns.map((c) => ({ width: c.width ?? 18, style: c.format ? { numFmt: NUM_FMT[c.format] } : {} }));
    ws.autoFilter = filterOver(headerRow, sheet.columns.length);
    const line = (value: string, font: Partial<ExcelJS.Font>) => {
      const row = ws.addRow([value]);
      row.getCell(1).font = font;
      row.getCell(1).numFmt = 'General';
      row.commit();
    };
    if (!spec.plain) {
      line(spec.title, { bold: true, size: 14 });
      line(`${t(lang, 'xlsx_filters')}: ${filterText}`, note);
      line(t(lang, 'xlsx_exported', { at: vnStamp(new Date()), by: actor.displayName, count: sheet.rows.length }), note);
      ws.addRow([]).commit();
    }
    const header = ws.addRow(sheet.columns.map((c) => t(lang, c.header)));
    header.eachCell((c) => { c.font = HEADER_FONT; c.numFmt = 'General'; c.alignment = { vertical: 'middle', wrapText: true }; });
    header.commit();
    for (const row of sheet.rows) ws.addRow(sheet.columns.map((c) => cell(c.value(row), c.format))).commit();
    ws.commit();
  }
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}

/** Refuses an export past the cap, with the count and the cap, before any workbook is built. */
export function checkCap(total: number) {
  if (total > EXPORT_MAX_ROWS) throw new AppError(422, 'export_too_many_rows', { total, max: EXPORT_MAX_ROWS });
}

/** Logs who exported which table with which filters and how many rows (same entry shape for every table). */
export async function auditExport(db: Queryable, actor: Actor, e: {
  entity: string; entityId?: number | null; orgPath?: string | null; table: string; filters: object; rows: number;
}) {
  await audit(db, actor, { action: 'export', entity: e.entity, entityId: e.entityId ?? null, orgPath: e.orgPath ?? null,
    after: { table: e.table, filters: e.filters, rows: e.rows } });
}

/** A unit filter in words, for the title block: its label if the caller may see it, else its id. */
export async function unitFilterName(db: Queryable, actor: Actor, orgId: number | undefined): Promise<string | undefined> {
  if (!orgId) return undefined;
  const r = await one<{ label: string }>(db, sql`SELECT ${unitLabel('o')} AS label FROM orgs o
    WHERE o.id = ${orgId} AND ${inScopeOrAbove(actor, 'org.read', sql`o.path`)}`);
  return r?.label ?? `#${orgId}`;
}

/** Sends the file: an ASCII name (browsers differ on encoded names) ending with the day in Vietnam. */
export function sendXlsx(reply: FastifyReply, file: Buffer, baseName: string) {
  return reply.type(XLSX_MIME).header('content-disposition', `attachment; filename="${baseName}-${todayVn()}.xlsx"`).send(file);
}

/** Translates an enum value in the caller's language: label(lang, 'tier', 'mass_org') → "Đoàn viên, hội viên đoàn thể". */
export const label = (lang: Lang, prefix: string, v: string | null | undefined) => (v ? t(lang, `${prefix}.${v}`) : '');
export const yesNo = (lang: Lang, v: boolean) => t(lang, v ? 'xlsx_yes' : 'xlsx_no');

defineMessages({
  xlsx_filters: { vi: 'Bộ lọc', en: 'Filters' },
  xlsx_no_filter: { vi: 'không (toàn bộ danh sách trong phạm vi được xem)', en: 'none (the whole list within your scope)' },
  xlsx_exported: { vi: 'Xuất lúc {at} bởi {by} · {count} dòng', en: 'Exported at {at} by {by} · {count} rows' },
  xlsx_yes: { vi: 'Có', en: 'Yes' },
  xlsx_no: { vi: 'Không', en: 'No' },
  xlsx_unit: { vi: 'Đơn vị', en: 'Unit' },
  xlsx_unit_kind: { vi: 'Loại đơn vị', en: 'Kind of unit' },
  'kind.province': { vi: 'Tỉnh ủy/Thành ủy cấp tỉnh', en: 'Provincial committee' },
  'kind.district': { vi: 'Huyện ủy/cấp huyện', en: 'District committee' },
  'kind.grassroots': { vi: 'Tổ chức cơ sở đảng', en: 'Grassroots party organization' },
  'kind.cell': { vi: 'Chi bộ', en: 'Party cell' },
  'kind.mass_org': { vi: 'Đoàn thể', en: 'Mass organization' },
  export_too_many_rows: {
    vi: 'Danh sách có {total} dòng, vượt quá {max} dòng của một lần xuất Excel; hãy lọc hẹp lại (theo đơn vị, điểm cầu, tình trạng) rồi xuất từng phần',
    en: 'The list has {total} rows, more than the {max} rows of one Excel export; narrow the filters (unit, bridge point, status) and export it in parts',
  },
});
