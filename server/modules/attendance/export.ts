// Excel exports of a campaign's participation and of a conference's roll call: the pages' own queries and filters,
// every row instead of a page, scoped as the pages are.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../core/auth/plugin.js';
import { one, sql, type Db } from '../../core/db/index.js';
import { defineMessages, t } from '../../core/i18n.js';
import type { Actor } from '../../core/policy.js';
import { idParam, queryId } from '../../core/schemas.js';
import {
  ALL_ROWS, auditExport, checkCap, label, sendXlsx, tableWorkbook, unitFilterName, withoutPaging, xlsxProduces, xlsxResponse,
  yesNo, type Column,
} from '../../core/xlsx-export.js';
import { visibleConference } from './access.js';
import { campaignParticipation } from './participation.js';
import { rollCall, type RollFilter } from './rollcall.js';
import { rollCallQuery } from './schemas.js';

type Participation = Awaited<ReturnType<typeof campaignParticipation>>;
type Roll = Awaited<ReturnType<typeof rollCall>>['items'][number];

const pct = (lang: 'vi' | 'en', r: number) => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', { style: 'percent', maximumFractionDigits: 1 }).format(r);
const num = (lang: 'vi' | 'en', n: number) => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US').format(n);

export async function exportParticipation(db: Db, actor: Actor, campaignId: number, orgId?: number) {
  const p = await campaignParticipation(db, actor, campaignId, orgId);
  const k = (await one<{ title: string; orgPath: string }>(db, sql`SELECT k.title, o.path::text AS "orgPath"
    FROM campaigns k JOIN orgs o ON o.id = k.org_id WHERE k.id = ${campaignId}`))!;
  const lang = actor.lang;
  const rate = <R extends { invited: number; attended: number; rate: number }>(): Column<R>[] => [
    { header: 'xlsx_part_invited', value: (r) => r.invited, format: 'int', width: 12 },
    { header: 'xlsx_part_attended', value: (r) => r.attended, format: 'int', width: 12 },
    { header: 'xlsx_part_rate', value: (r) => r.rate, format: 'percent', width: 10 },
  ];
  const units: Column<Participation['units'][number]>[] = [
    { header: 'xlsx_unit', value: (r) => r.orgName, width: 40 },
    ...rate<Participation['units'][number]>(),
    { header: 'xlsx_part_deadline', value: (r) => r.deadline, format: 'date', width: 12 },
    { header: 'xlsx_part_due', value: (r) => yesNo(lang, r.due), width: 14 },
  ];
  const tiers: Column<Participation['tiers'][number]>[] = [
    { header: 'xlsx_board_tier', value: (r) => label(lang, 'tier', r.tier), width: 40 }, ...rate<Participation['tiers'][number]>(),
  ];
  const file = await tableWorkbook(actor, {
    title: t(lang, 'xlsx_part_title', {
      title: k.title, unit: p.orgName, attended: num(lang, p.total.attended), invited: num(lang, p.total.invited), rate: pct(lang, p.total.rate),
    }),
    filters: [['xlsx_unit', orgId ? await unitFilterName(db, actor, orgId) : null]],
    sheets: [{ name: 'xlsx_part_by_unit', columns: units, rows: p.units }, { name: 'xlsx_part_by_tier', columns: tiers, rows: p.tiers }],
  });
  await auditExport(db, actor, { entity: 'campaign', entityId: campaignId, orgPath: k.orgPath, table: 'participation', filters: { orgId }, rows: p.units.length });
  return file;
}

export const rollCallExportQuery = withoutPaging(rollCallQuery);

export async function exportRollCall(db: Db, actor: Actor, id: number, f: Omit<RollFilter, 'page' | 'pageSize'>) {
  const c = await visibleConference(db, actor, id);
  const list = await rollCall(db, actor, id, { ...f, ...ALL_ROWS });
  checkCap(list.total);
  const lang = actor.lang;
  const bp = f.bridgePointId ? await one<{ name: string }>(db, sql`SELECT name FROM bridge_points WHERE id = ${f.bridgePointId} AND conference_id = ${id}`) : undefined;
  const columns: Column<Roll>[] = [
    { header: 'xlsx_full_name', value: (r) => r.fullName, width: 28 },
    { header: 'xlsx_unit', value: (r) => r.orgName, width: 36 },
    { header: 'xlsx_bridge_point', value: (r) => r.bridgePointName, width: 28 },
    { header: 'xlsx_roll_invited', value: (r) => yesNo(lang, r.invited), width: 10 },
    { header: 'xlsx_roll_status', value: (r) => label(lang, 'roll.status', r.status), width: 18 },
    { header: 'xlsx_roll_checked_at', value: (r) => r.checkedAt, format: 'datetime', width: 17 },
    { header: 'xlsx_roll_late', value: (r) => r.lateMinutes, format: 'int', width: 12 },
    { header: 'xlsx_roll_method', value: (r) => label(lang, 'method', r.method), width: 24 },
    { header: 'xlsx_roll_reason', value: (r) => r.absence?.reason, width: 30 },
  ];
  const file = await tableWorkbook(actor, {
    title: t(lang, 'xlsx_roll_title', { title: c.title }),
    filters: [
      ['xlsx_bridge_point', f.bridgePointId ? bp?.name ?? `#${f.bridgePointId}` : null],
      ['xlsx_unit', await unitFilterName(db, actor, f.orgId)],
      ['xlsx_roll_status', label(lang, 'roll.status', f.status)],
      ['xlsx_search', f.q],
    ],
    sheets: [{ name: 'xlsx_roll_sheet', columns, rows: list.items }],
  });
  await auditExport(db, actor, { entity: 'conference', entityId: id, orgPath: c.orgPath, table: 'roll_call', filters: f, rows: list.items.length });
  return file;
}

export const attendanceExportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  const tags = ['attendance'];
  app.get('/campaigns/:id/participation/export.xlsx', {
    schema: {
      tags, summary: 'Xuất tỷ lệ tham gia đợt học tập (theo đơn vị, theo đối tượng) ra Excel', params: idParam,
      querystring: z.object({ orgId: queryId.optional() }), produces: xlsxProduces, response: xlsxResponse,
    },
  }, async (req, reply) => sendXlsx(reply, await exportParticipation(db, actorOf(req), req.params.id, req.query.orgId), `tham-gia-${req.params.id}`));

  app.get('/conferences/:id/roll-call/export.xlsx', {
    schema: {
      tags, summary: 'Xuất danh sách điểm danh (đã lọc) ra Excel', params: idParam, querystring: rollCallExportQuery,
      produces: xlsxProduces, response: xlsxResponse,
    },
  }, async (req, reply) => sendXlsx(reply, await exportRollCall(db, actorOf(req), req.params.id, req.query), `diem-danh-${req.params.id}`));
};

defineMessages({
  xlsx_part_title: {
    vi: 'Tỷ lệ tham gia học tập: {title} — {unit} (chung: {attended}/{invited} người, {rate})',
    en: 'Study participation: {title} — {unit} (overall: {attended}/{invited} people, {rate})',
  },
  xlsx_part_by_unit: { vi: 'Theo đơn vị', en: 'By unit' },
  xlsx_part_by_tier: { vi: 'Theo đối tượng', en: 'By audience' },
  xlsx_part_invited: { vi: 'Được mời', en: 'Invited' },
  xlsx_part_attended: { vi: 'Tham dự', en: 'Attended' },
  xlsx_part_rate: { vi: 'Tỷ lệ', en: 'Rate' },
  xlsx_part_deadline: { vi: 'Hạn', en: 'Deadline' },
  xlsx_part_due: { vi: 'Đã đến hạn', en: 'Past deadline' },
  xlsx_roll_title: { vi: 'Điểm danh hội nghị: {title}', en: 'Conference roll call: {title}' },
  xlsx_roll_sheet: { vi: 'Điểm danh', en: 'Roll call' },
  xlsx_full_name: { vi: 'Họ và tên', en: 'Full name' },
  xlsx_bridge_point: { vi: 'Điểm cầu', en: 'Bridge point' },
  xlsx_search: { vi: 'Tìm theo tên', en: 'Name search' },
  xlsx_roll_invited: { vi: 'Được mời', en: 'Invited' },
  xlsx_roll_status: { vi: 'Tình trạng', en: 'Status' },
  xlsx_roll_checked_at: { vi: 'Giờ điểm danh', en: 'Checked in at' },
  xlsx_roll_late: { vi: 'Đi muộn (phút)', en: 'Late (minutes)' },
  xlsx_roll_method: { vi: 'Cách ghi nhận', en: 'Recorded by' },
  xlsx_roll_reason: { vi: 'Lý do vắng', en: 'Reason for absence' },
  'roll.status.present': { vi: 'Có mặt', en: 'Present' },
  'roll.status.absent_excused': { vi: 'Vắng có lý do', en: 'Excused absence' },
  'roll.status.absent_unexcused': { vi: 'Vắng không lý do', en: 'Unexcused absence' },
  'roll.status.not_marked': { vi: 'Chưa điểm danh', en: 'Not marked' },
  'method.hall_qr': { vi: 'Tự quét QR hội trường', en: 'Own phone, hall QR' },
  'method.card': { vi: 'Cán bộ quét mã, thẻ QR', en: 'Staff scan of a code or card' },
  'method.manual': { vi: 'Điểm danh theo tên', en: 'Check-in by name' },
  'method.roll_call': { vi: 'Điểm danh theo danh sách', en: 'Roll call' },
  'method.listening': { vi: 'Ghi nhận nghe đài', en: 'Listening record' },
});
