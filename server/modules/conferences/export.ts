// A conference's invitation list as an Excel file: the list's own query, scope and filters, every row instead of a page.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { actorOf } from '../../core/auth/plugin.js';
import { one, sql, type Db } from '../../core/db/index.js';
import { defineMessages, t } from '../../core/i18n.js';
import type { Actor } from '../../core/policy.js';
import { idParam } from '../../core/schemas.js';
import {
  ALL_ROWS, auditExport, checkCap, label, sendXlsx, tableWorkbook, withoutPaging, xlsxProduces, xlsxResponse, type Column,
} from '../../core/xlsx-export.js';
import { staffConference } from './access.js';
import * as invitations from './invitations.js';
import { invitationsQuery, type invitationOut } from './schemas.js';

type Invitation = z.infer<typeof invitationOut>;
export const invitationsExportQuery = withoutPaging(invitationsQuery);

/** The same words as the roll call: present, absent with or without a reason, not marked yet. */
const statusOf = (r: Invitation) => (r.attended ? 'present' : !r.absence ? 'not_marked' : r.absence.excused ? 'absent_excused' : 'absent_unexcused');

export async function exportInvitations(db: Db, actor: Actor, id: number, f: { bridgePointId?: number; q?: string }) {
  const c = await staffConference(db, actor, id);
  const list = await invitations.list(db, actor, id, { ...f, ...ALL_ROWS });
  checkCap(list.total);
  const lang = actor.lang;
  const bp = f.bridgePointId ? await one<{ name: string }>(db, sql`SELECT name FROM bridge_points WHERE id = ${f.bridgePointId} AND conference_id = ${id}`) : undefined;
  const columns: Column<Invitation>[] = [
    { header: 'xlsx_full_name', value: (r) => r.fullName, width: 28 },
    { header: 'xlsx_unit', value: (r) => r.orgName, width: 36 },
    { header: 'xlsx_bridge_point', value: (r) => r.bridgePointName, width: 28 },
    { header: 'xlsx_roll_status', value: (r) => label(lang, 'roll.status', statusOf(r)), width: 18 },
    { header: 'xlsx_roll_checked_at', value: (r) => r.checkedAt, format: 'datetime', width: 17 },
    { header: 'xlsx_roll_late', value: (r) => r.lateMinutes, format: 'int', width: 12 },
    { header: 'xlsx_roll_reason', value: (r) => r.absence?.reason, width: 30 },
  ];
  const file = await tableWorkbook(actor, {
    title: t(lang, list.partial ? 'xlsx_inv_title_partial' : 'xlsx_inv_title', { title: c.title }),
    filters: [['xlsx_bridge_point', f.bridgePointId ? bp?.name ?? `#${f.bridgePointId}` : null], ['xlsx_search', f.q]],
    sheets: [{ name: 'xlsx_inv_sheet', columns, rows: list.items }],
  });
  await auditExport(db, actor, { entity: 'conference', entityId: id, orgPath: c.orgPath, table: 'invitations', filters: f, rows: list.items.length });
  return file;
}

export const conferenceExportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  app.get('/conferences/:id/invitations/export.xlsx', {
    schema: {
      tags: ['conferences'], summary: 'Xuất danh sách mời (đã lọc, kèm điểm danh) ra Excel', params: idParam, querystring: invitationsExportQuery,
      produces: xlsxProduces, response: xlsxResponse,
    },
  }, async (req, reply) => sendXlsx(reply, await exportInvitations(db, actorOf(req), req.params.id, req.query), `danh-sach-moi-${req.params.id}`));
};

defineMessages({
  xlsx_inv_title: { vi: 'Danh sách mời dự hội nghị: {title}', en: 'Conference invitations: {title}' },
  xlsx_inv_title_partial: { vi: 'Danh sách mời dự hội nghị: {title} (người thuộc đơn vị bạn quản lý)', en: 'Conference invitations: {title} (people of your units)' },
  xlsx_inv_sheet: { vi: 'Danh sách mời', en: 'Invitations' },
});
