// The campaign board as an Excel file: the board's own query and filters, every row instead of a page.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../core/auth/plugin.js';
import type { Db } from '../../core/db/index.js';
import { defineMessages, t } from '../../core/i18n.js';
import type { Actor } from '../../core/policy.js';
import { idParam } from '../../core/schemas.js';
import {
  ALL_ROWS, auditExport, checkCap, label, sendXlsx, tableWorkbook, unitFilterName, withoutPaging, xlsxProduces, xlsxResponse,
  type Column,
} from '../../core/xlsx-export.js';
import { boardQuery, type BoardItem, type BoardQuery } from './schemas.js';
import * as service from './service.js';

export const boardExportQuery = withoutPaging(boardQuery);
type Filter = Omit<BoardQuery, 'page' | 'pageSize'>;

export async function exportBoard(db: Db, actor: Actor, id: number, f: Filter) {
  const k = await service.readableCampaign(db, actor, id);
  const board = await service.board(db, actor, id, { ...f, ...ALL_ROWS });
  checkCap(board.total);
  const lang = actor.lang;
  const columns: Column<BoardItem>[] = [
    { header: 'xlsx_unit', value: (r) => r.orgName, width: 36 },
    { header: 'xlsx_unit_kind', value: (r) => label(lang, 'kind', r.orgKind), width: 22 },
    { header: 'xlsx_board_parent', value: (r) => r.parentName, width: 30 },
    { header: 'xlsx_board_tier', value: (r) => label(lang, 'tier', r.tier), width: 30 },
    { header: 'xlsx_board_deadline', value: (r) => r.deadline, format: 'date', width: 12 },
    { header: 'xlsx_board_status', value: (r) => label(lang, 'board.status', r.status), width: 16 },
    { header: 'xlsx_board_held_on', value: (r) => r.heldOn, format: 'date', width: 14 },
    { header: 'xlsx_board_reminded', value: (r) => r.lastRemindedAt, format: 'datetime', width: 17 },
  ];
  const file = await tableWorkbook(actor, {
    title: t(lang, 'xlsx_board_title', { title: k.title }),
    filters: [
      ['xlsx_board_status', label(lang, 'board.status', f.status)],
      ['xlsx_board_tier', label(lang, 'tier', f.tier)],
      ['xlsx_unit', await unitFilterName(db, actor, f.orgId)],
    ],
    sheets: [{ name: 'xlsx_board_sheet', columns, rows: board.items }],
  });
  await auditExport(db, actor, { entity: 'campaign', entityId: id, orgPath: k.orgPath, table: 'board', filters: f, rows: board.items.length });
  return file;
}

export const campaignExportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  app.get('/campaigns/:id/board/export.xlsx', {
    schema: {
      tags: ['campaigns'], summary: 'Xuất bảng theo dõi (đã lọc) ra Excel', params: idParam, querystring: boardExportQuery,
      produces: xlsxProduces, response: xlsxResponse,
    },
  }, async (req, reply) => sendXlsx(reply, await exportBoard(db, actorOf(req), req.params.id, req.query), `bang-theo-doi-${req.params.id}`));
};

defineMessages({
  xlsx_board_title: { vi: 'Bảng theo dõi tổ chức học tập, quán triệt: {title}', en: 'Study progress board: {title}' },
  xlsx_board_sheet: { vi: 'Bảng theo dõi', en: 'Board' },
  xlsx_board_parent: { vi: 'Trực thuộc', en: 'Under' },
  xlsx_board_tier: { vi: 'Đối tượng', en: 'Audience' },
  xlsx_board_deadline: { vi: 'Hạn', en: 'Deadline' },
  xlsx_board_status: { vi: 'Tình trạng', en: 'Status' },
  xlsx_board_held_on: { vi: 'Ngày tổ chức', en: 'Held on' },
  xlsx_board_reminded: { vi: 'Nhắc lần cuối', en: 'Last reminded' },
  'tier.key_cadre': { vi: 'Cán bộ chủ chốt', en: 'Key cadres' },
  'tier.presenters_staff': { vi: 'Báo cáo viên, cộng tác viên, tuyên giáo', en: 'Presenters, collaborators, propaganda staff' },
  'tier.mass_org': { vi: 'Đoàn viên, hội viên đoàn thể', en: 'Mass organization members' },
  'tier.all_members': { vi: 'Toàn thể cán bộ, đảng viên', en: 'All cadres and Party members' },
  'board.status.overdue': { vi: 'Quá hạn', en: 'Overdue' },
  'board.status.not_scheduled': { vi: 'Chưa lên lịch', en: 'Not scheduled' },
  'board.status.scheduled': { vi: 'Đã lên lịch', en: 'Scheduled' },
  'board.status.held_late': { vi: 'Tổ chức muộn', en: 'Held late' },
  'board.status.held_on_time': { vi: 'Đúng hạn', en: 'On time' },
});
