// Excel exports of the programs list and of a program's board of reports: the pages' own queries and filters,
// every row instead of a page, scoped as the pages are.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { actorOf } from '../../core/auth/plugin.js';
import type { Db } from '../../core/db/index.js';
import { defineMessages, t } from '../../core/i18n.js';
import { rootsFor, type Actor } from '../../core/policy.js';
import { idParam } from '../../core/schemas.js';
import {
  ALL_ROWS, auditExport, checkCap, label, sendXlsx, tableWorkbook, unitFilterName, withoutPaging, xlsxProduces, xlsxResponse,
  type Column,
} from '../../core/xlsx-export.js';
import * as board from './board.js';
import { boardQuery, type boardOut, type ReportBoardQuery } from './report-schemas.js';
import { listProgramsQuery, type ListProgramsQuery, type ProgramItem } from './schemas.js';
import * as service from './service.js';

type BoardRow = z.infer<typeof boardOut>['items'][number];
export const programsExportQuery = withoutPaging(listProgramsQuery);
export const reportBoardExportQuery = withoutPaging(boardQuery);

export async function exportPrograms(db: Db, actor: Actor, f: Omit<ListProgramsQuery, 'page' | 'pageSize'>) {
  const list = await service.list(db, actor, { ...f, ...ALL_ROWS });
  checkCap(list.total);
  const lang = actor.lang;
  const columns: Column<ProgramItem>[] = [
    { header: 'xlsx_prog_title', value: (r) => r.title, width: 50 },
    { header: 'xlsx_unit', value: (r) => r.orgName, width: 32 },
    { header: 'xlsx_prog_document', value: (r) => r.adoptingDocument?.symbol, width: 18 },
    { header: 'xlsx_prog_adopted', value: (r) => r.adoptedOn, format: 'date', width: 13 },
    { header: 'xlsx_prog_from', value: (r) => r.periodFrom, format: 'date', width: 12 },
    { header: 'xlsx_prog_to', value: (r) => r.periodTo, format: 'date', width: 12 },
    { header: 'xlsx_prog_status', value: (r) => label(lang, 'program.status', r.status), width: 16 },
    { header: 'xlsx_prog_targets', value: (r) => r.targetCount, format: 'int', width: 10 },
    { header: 'xlsx_prog_tasks', value: (r) => r.taskCount, format: 'int', width: 10 },
    { header: 'xlsx_prog_overdue', value: (r) => r.overdueTaskCount, format: 'int', width: 14 },
  ];
  const file = await tableWorkbook(actor, {
    title: t(lang, 'xlsx_prog_list_title'),
    filters: [
      ['xlsx_unit', await unitFilterName(db, actor, f.orgId)], ['xlsx_prog_status', label(lang, 'program.status', f.status)], ['xlsx_search', f.q],
    ],
    sheets: [{ name: 'xlsx_prog_sheet', columns, rows: list.items }],
  });
  await auditExport(db, actor, { entity: 'program', orgPath: rootsFor(actor, 'program.read')[0] ?? null, table: 'programs', filters: f, rows: list.items.length });
  return file;
}

export async function exportReportBoard(db: Db, actor: Actor, id: number, f: Omit<ReportBoardQuery, 'page' | 'pageSize'>) {
  const prog = await service.readableProgram(db, actor, id);
  const b = await board.board(db, actor, id, { ...f, ...ALL_ROWS });
  checkCap(b.total);
  const lang = actor.lang;
  const columns: Column<BoardRow>[] = [
    { header: 'xlsx_unit', value: (r) => r.orgName, width: 36 },
    { header: 'xlsx_rb_due', value: (r) => r.dueOn, format: 'date', width: 12 },
    { header: 'xlsx_prog_status', value: (r) => label(lang, 'reports.status', r.status), width: 18 },
    { header: 'xlsx_rb_report', value: (r) => label(lang, 'reports.state', r.reportStatus), width: 14 },
    { header: 'xlsx_rb_submitted', value: (r) => r.submittedAt, format: 'datetime', width: 17 },
    { header: 'xlsx_rb_corrections', value: (r) => (r.reportId ? Math.max(0, r.revision - 1) : null), format: 'int', width: 12 },
    { header: 'xlsx_rb_reminders', value: (r) => r.reminderCount, format: 'int', width: 12 },
    { header: 'xlsx_board_reminded', value: (r) => r.lastRemindedAt, format: 'datetime', width: 17 },
  ];
  const file = await tableWorkbook(actor, {
    title: t(lang, 'xlsx_rb_title', { title: prog.title, period: b.period?.label ?? '—' }),
    filters: [['xlsx_prog_status', label(lang, 'reports.status', f.status)]],
    sheets: [{ name: 'xlsx_rb_sheet', columns, rows: b.items }],
  });
  await auditExport(db, actor, {
    entity: 'program', entityId: id, orgPath: prog.orgPath, table: 'report_board', filters: { ...f, periodId: b.period?.id }, rows: b.items.length,
  });
  return file;
}

export const programExportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  const tags = ['programs'];
  app.get('/programs/export.xlsx', {
    schema: { tags, summary: 'Xuất danh sách chương trình hành động (đã lọc) ra Excel', querystring: programsExportQuery, produces: xlsxProduces, response: xlsxResponse },
  }, async (req, reply) => sendXlsx(reply, await exportPrograms(db, actorOf(req), req.query), 'chuong-trinh-hanh-dong'));

  app.get('/programs/:id/report-board/export.xlsx', {
    schema: {
      tags, summary: 'Xuất tình hình báo cáo của các đơn vị (một kỳ, đã lọc) ra Excel', params: idParam, querystring: reportBoardExportQuery,
      produces: xlsxProduces, response: xlsxResponse,
    },
  }, async (req, reply) => sendXlsx(reply, await exportReportBoard(db, actorOf(req), req.params.id, req.query), `tinh-hinh-bao-cao-${req.params.id}`));
};

defineMessages({
  xlsx_prog_list_title: { vi: 'Chương trình hành động thực hiện nghị quyết', en: 'Action programs' },
  xlsx_prog_sheet: { vi: 'Chương trình', en: 'Programs' },
  xlsx_prog_title: { vi: 'Tên chương trình', en: 'Program' },
  xlsx_prog_document: { vi: 'Văn bản ban hành', en: 'Adopting document' },
  xlsx_prog_adopted: { vi: 'Ngày ban hành', en: 'Adopted on' },
  xlsx_prog_from: { vi: 'Từ ngày', en: 'From' },
  xlsx_prog_to: { vi: 'Đến ngày', en: 'To' },
  xlsx_prog_status: { vi: 'Tình trạng', en: 'Status' },
  xlsx_prog_targets: { vi: 'Chỉ tiêu', en: 'Targets' },
  xlsx_prog_tasks: { vi: 'Nhiệm vụ', en: 'Tasks' },
  xlsx_prog_overdue: { vi: 'Nhiệm vụ quá hạn', en: 'Overdue tasks' },
  xlsx_rb_title: { vi: 'Tình hình báo cáo: {title} — kỳ {period}', en: 'Reports: {title} — period {period}' },
  xlsx_rb_sheet: { vi: 'Tình hình báo cáo', en: 'Reports' },
  xlsx_rb_due: { vi: 'Hạn nộp', en: 'Due on' },
  xlsx_rb_report: { vi: 'Bản báo cáo', en: 'Report' },
  xlsx_rb_submitted: { vi: 'Ngày nộp', en: 'Submitted at' },
  xlsx_rb_corrections: { vi: 'Lần sửa', en: 'Corrections' },
  xlsx_rb_reminders: { vi: 'Số lần nhắc', en: 'Reminders' },
  'program.status.active': { vi: 'Đang thực hiện', en: 'In progress' },
  'program.status.closed': { vi: 'Đã kết thúc', en: 'Closed' },
  'reports.status.late': { vi: 'Chậm, chưa nộp', en: 'Late, not filed' },
  'reports.status.not_due': { vi: 'Chưa đến hạn', en: 'Not yet due' },
  'reports.status.late_filed': { vi: 'Nộp muộn', en: 'Filed late' },
  'reports.status.on_time': { vi: 'Đúng hạn', en: 'On time' },
  'reports.state.draft': { vi: 'Bản nháp', en: 'Draft' },
  'reports.state.submitted': { vi: 'Đã nộp', en: 'Submitted' },
});
