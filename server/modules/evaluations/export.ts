// The annual review (units and people evaluated in a year) as an Excel file: the page's own query and filters.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { actorOf } from '../../core/auth/plugin.js';
import { one, sql, type Db } from '../../core/db/index.js';
import { defineMessages, t } from '../../core/i18n.js';
import { rootsFor, type Actor } from '../../core/policy.js';
import {
  auditExport, checkCap, label, sendXlsx, tableWorkbook, unitFilterName, xlsxProduces, xlsxResponse, type Column,
} from '../../core/xlsx-export.js';
import { FLAGS, summaryQuery, type summaryOut } from './schemas.js';
import * as service from './service.js';

type Summary = z.infer<typeof summaryOut>;
type UnitYear = Summary['units'][number];
type PersonYear = Summary['people'][number];
type Entry = UnitYear['evaluations'][number] & { who: string; unit: string };

export async function exportAnnual(db: Db, actor: Actor, f: z.infer<typeof summaryQuery>) {
  const review = await service.annual(db, actor, f);
  checkCap(review.units.length + review.people.length);
  const lang = actor.lang;
  const counts = <R extends UnitYear | PersonYear>(): Column<R>[] => [
    { header: 'xlsx_eval_evaluated', value: (r) => r.evaluated, format: 'int', width: 12 },
    ...FLAGS.map((fl): Column<R> => ({ header: `eval.flag.${fl}`, value: (r) => r.flags[fl], format: 'int', width: 14 })),
    { header: 'xlsx_eval_invited', value: (r) => r.conferencesInvited, format: 'int', width: 14 },
    { header: 'xlsx_eval_attended', value: (r) => r.conferencesAttended, format: 'int', width: 14 },
  ];
  const units: Column<UnitYear>[] = [
    { header: 'xlsx_unit', value: (r) => r.orgName, width: 36 },
    { header: 'xlsx_unit_kind', value: (r) => label(lang, 'kind', r.orgKind), width: 20 },
    { header: 'xlsx_board_parent', value: (r) => r.parentName, width: 28 },
    ...counts<UnitYear>(),
  ];
  const people: Column<PersonYear>[] = [
    { header: 'xlsx_full_name', value: (r) => r.fullName, width: 28 },
    { header: 'xlsx_unit', value: (r) => r.orgName, width: 36 },
    ...counts<PersonYear>(),
  ];
  // Every evaluation of the year, one a row: what the committee reads when it rates a unit or a member.
  const entries: Entry[] = [
    ...review.units.flatMap((u) => u.evaluations.map((e) => ({ ...e, who: u.orgName, unit: u.orgName }))),
    ...review.people.flatMap((p) => p.evaluations.map((e) => ({ ...e, who: p.fullName, unit: p.orgName }))),
  ];
  const detail: Column<Entry>[] = [
    { header: 'xlsx_eval_who', value: (r) => r.who, width: 30 },
    { header: 'xlsx_unit', value: (r) => r.unit, width: 36 },
    { header: 'xlsx_eval_conference', value: (r) => r.title, width: 40 },
    { header: 'xlsx_eval_date', value: (r) => r.startsAt, format: 'datetime', width: 17 },
    { header: 'xlsx_eval_flags', value: (r) => r.flags.map((fl) => label(lang, 'eval.flag', fl)).join(', '), width: 30 },
    { header: 'xlsx_eval_comment', value: (r) => r.comment, width: 50 },
  ];
  const person = f.personId ? await one<{ name: string }>(db, sql`SELECT full_name AS name FROM people WHERE id = ${f.personId}`) : undefined;
  const file = await tableWorkbook(actor, {
    title: t(lang, 'xlsx_eval_title', { year: review.year }),
    filters: [['xlsx_unit', await unitFilterName(db, actor, f.orgId)], ['xlsx_full_name', person?.name]],
    sheets: [
      { name: 'xlsx_eval_units', columns: units, rows: review.units },
      { name: 'xlsx_eval_people', columns: people, rows: review.people },
      { name: 'xlsx_eval_detail', columns: detail, rows: entries },
    ],
  });
  await auditExport(db, actor, {
    entity: 'evaluation', orgPath: rootsFor(actor, 'evaluation.read')[0] ?? null, table: 'annual_review',
    filters: { ...f, year: review.year }, rows: review.units.length + review.people.length,
  });
  return file;
}

export const evaluationExportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  app.get('/evaluations/export.xlsx', {
    schema: {
      tags: ['evaluations'], summary: 'Xuất tổng hợp đánh giá năm (đơn vị, cá nhân, từng nhận xét) ra Excel', querystring: summaryQuery,
      produces: xlsxProduces, response: xlsxResponse,
    },
  }, async (req, reply) => sendXlsx(reply, await exportAnnual(db, actorOf(req), req.query), 'danh-gia-nam'));
};

defineMessages({
  xlsx_eval_title: { vi: 'Tổng hợp nhận xét, đánh giá năm {year}', en: 'Evaluations of {year}' },
  xlsx_eval_units: { vi: 'Đơn vị', en: 'Units' },
  xlsx_eval_people: { vi: 'Cá nhân', en: 'People' },
  xlsx_eval_detail: { vi: 'Từng nhận xét', en: 'Each evaluation' },
  xlsx_eval_evaluated: { vi: 'Lượt nhận xét', en: 'Evaluations' },
  xlsx_eval_invited: { vi: 'Hội nghị được mời', en: 'Conferences invited' },
  xlsx_eval_attended: { vi: 'Hội nghị có dự', en: 'Conferences attended' },
  xlsx_eval_who: { vi: 'Đơn vị / cá nhân được nhận xét', en: 'Unit / person evaluated' },
  xlsx_eval_conference: { vi: 'Hội nghị', en: 'Conference' },
  xlsx_eval_date: { vi: 'Thời gian hội nghị', en: 'Conference time' },
  xlsx_eval_flags: { vi: 'Ghi nhận', en: 'Flags' },
  xlsx_eval_comment: { vi: 'Nhận xét', en: 'Comment' },
  'eval.flag.late': { vi: 'Đến muộn', en: 'Late' },
  'eval.flag.incomplete_composition': { vi: 'Thiếu thành phần', en: 'Incomplete composition' },
  'eval.flag.unserious': { vi: 'Thiếu nghiêm túc', en: 'Unserious attitude' },
});
