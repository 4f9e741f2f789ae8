// The recommendations followed up after inspections, as an Excel file: the list's own query, scope and filters.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../core/auth/plugin.js';
import type { Db } from '../../core/db/index.js';
import { defineMessages, t } from '../../core/i18n.js';
import { rootsFor, type Actor } from '../../core/policy.js';
import {
  ALL_ROWS, auditExport, checkCap, label, sendXlsx, tableWorkbook, unitFilterName, withoutPaging, xlsxProduces, xlsxResponse,
  yesNo, type Column,
} from '../../core/xlsx-export.js';
import * as recs from './recommendations.js';
import { listRecommendationsQuery, type ListRecommendationsQuery, type RecommendationItem } from './schemas.js';

export const recommendationsExportQuery = withoutPaging(listRecommendationsQuery);

export async function exportRecommendations(db: Db, actor: Actor, f: Omit<ListRecommendationsQuery, 'page' | 'pageSize'>) {
  const list = await recs.list(db, actor, { ...f, ...ALL_ROWS });
  checkCap(list.total);
  const lang = actor.lang;
  const columns: Column<RecommendationItem>[] = [
    { header: 'xlsx_rec_body', value: (r) => r.body, width: 60 },
    { header: 'xlsx_rec_org', value: (r) => r.org.name, width: 30 },
    { header: 'xlsx_rec_deadline', value: (r) => r.deadline, format: 'date', width: 12 },
    { header: 'xlsx_rec_status', value: (r) => label(lang, 'rec.status', r.status), width: 26 },
    { header: 'xlsx_rec_overdue', value: (r) => yesNo(lang, r.overdue), width: 10 },
    { header: 'xlsx_rec_days_overdue', value: (r) => (r.overdue ? r.daysOverdue : null), format: 'int', width: 12 },
    { header: 'xlsx_rec_closed_on', value: (r) => r.closedOn, format: 'date', width: 12 },
    { header: 'xlsx_rec_inspection', value: (r) => r.inspectionTitle, width: 44 },
    { header: 'xlsx_rec_kind', value: (r) => label(lang, 'insp.kind', r.inspectionKind), width: 12 },
    { header: 'xlsx_rec_issuer', value: (r) => r.issuingOrg.name, width: 30 },
  ];
  const file = await tableWorkbook(actor, {
    title: t(lang, 'xlsx_rec_title'),
    filters: [
      ['xlsx_rec_status', label(lang, 'rec.status', f.status)],
      ['xlsx_rec_org', await unitFilterName(db, actor, f.orgId)],
      ['xlsx_rec_overdue', f.overdue ? yesNo(lang, f.overdue === 'true') : null],
      ['xlsx_rec_inspection', f.inspectionId ? `#${f.inspectionId}` : null],
    ],
    sheets: [{ name: 'xlsx_rec_sheet', columns, rows: list.items }],
  });
  await auditExport(db, actor, {
    entity: 'recommendation', orgPath: rootsFor(actor, 'inspection.read')[0] ?? null, table: 'recommendations', filters: f, rows: list.items.length,
  });
  return file;
}

export const inspectionExportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  app.get('/recommendations/export.xlsx', {
    schema: {
      tags: ['inspections'], summary: 'Xuất danh sách kiến nghị (đã lọc) ra Excel', querystring: recommendationsExportQuery,
      produces: xlsxProduces, response: xlsxResponse,
    },
  }, async (req, reply) => sendXlsx(reply, await exportRecommendations(db, actorOf(req), req.query), 'kien-nghi'));
};

defineMessages({
  xlsx_rec_title: { vi: 'Theo dõi thực hiện kiến nghị sau kiểm tra, giám sát', en: 'Recommendations after inspections and supervisions' },
  xlsx_rec_sheet: { vi: 'Kiến nghị', en: 'Recommendations' },
  xlsx_rec_body: { vi: 'Nội dung kiến nghị', en: 'Recommendation' },
  xlsx_rec_org: { vi: 'Đơn vị thực hiện', en: 'Responsible unit' },
  xlsx_rec_deadline: { vi: 'Thời hạn', en: 'Deadline' },
  xlsx_rec_status: { vi: 'Tình trạng', en: 'Status' },
  xlsx_rec_overdue: { vi: 'Quá hạn', en: 'Overdue' },
  xlsx_rec_days_overdue: { vi: 'Số ngày quá hạn', en: 'Days overdue' },
  xlsx_rec_closed_on: { vi: 'Ngày đóng', en: 'Closed on' },
  xlsx_rec_inspection: { vi: 'Cuộc kiểm tra, giám sát', en: 'Inspection' },
  xlsx_rec_kind: { vi: 'Hình thức', en: 'Kind' },
  xlsx_rec_issuer: { vi: 'Đơn vị kiến nghị', en: 'Issued by' },
  'insp.kind.kiem_tra': { vi: 'Kiểm tra', en: 'Inspection' },
  'insp.kind.giam_sat': { vi: 'Giám sát', en: 'Supervision' },
  'rec.status.open': { vi: 'Chờ kế hoạch khắc phục', en: 'Awaiting a remedy plan' },
  'rec.status.plan_submitted': { vi: 'Chờ đoàn xem xét kế hoạch', en: 'Plan awaiting the team' },
  'rec.status.plan_returned': { vi: 'Kế hoạch bị trả lại', en: 'Plan returned' },
  'rec.status.plan_accepted': { vi: 'Đang khắc phục', en: 'Being remedied' },
  'rec.status.done_reported': { vi: 'Chờ đoàn xem xét kết quả', en: 'Result awaiting the team' },
  'rec.status.done_returned': { vi: 'Kết quả bị trả lại', en: 'Result returned' },
  'rec.status.closed': { vi: 'Đã khắc phục, đóng', en: 'Remedied, closed' },
});
