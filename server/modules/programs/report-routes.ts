import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../core/auth/plugin.js';
import { idParam, noContent } from '../../core/schemas.js';
import * as board from './board.js';
import * as periods from './periods.js';
import * as s from './report-schemas.js';
import * as reports from './reports.js';

const tags = ['programs'];

/** Reporting periods, reports, the board of reports and reminders (issue 8 item 2). */
export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  const { filesDir } = app.config;

  app.get('/programs/:id/reporting', {
    schema: { tags, summary: 'Kỳ báo cáo của chương trình và tình trạng báo cáo của đơn vị', params: idParam, response: { 200: s.reportingOut } },
  }, async (req) => periods.reporting(db, actorOf(req), req.params.id));

  app.put('/programs/:id/reporting', {
    schema: { tags, summary: 'Đặt kỳ báo cáo (tháng, quý, 6 tháng, năm) và hạn nộp; các chương trình cấp dưới theo', params: idParam, body: s.reportingIn, response: { 200: s.reportingOut } },
  }, async (req) => periods.setReporting(db, actorOf(req), req.params.id, req.body));

  app.get('/programs/:id/report-board', {
    schema: { tags, summary: 'Tình hình báo cáo của các đơn vị cấp dưới theo kỳ, chậm trước', params: idParam, querystring: s.boardQuery, response: { 200: s.boardOut } },
  }, async (req) => board.board(db, actorOf(req), req.params.id, req.query));

  app.post('/programs/:id/report-reminders', {
    schema: { tags, summary: 'Nhắc các đơn vị chậm báo cáo', params: idParam, body: s.reportRemindIn, response: { 200: s.reportRemindOut } },
  }, async (req) => board.remind(db, actorOf(req), req.params.id, req.body));

  app.get('/report-periods/:id/report', {
    schema: { tags, summary: 'Báo cáo của đơn vị cho một kỳ (biểu mẫu: chỉ tiêu, nhiệm vụ, nhắc nhở)', params: idParam, response: { 200: s.reportOut } },
  }, async (req) => reports.form(db, actorOf(req), req.params.id));

  app.put('/report-periods/:id/report', {
    schema: { tags, summary: 'Lưu nháp hoặc nộp báo cáo kỳ (nộp lại để đính chính)', params: idParam, body: s.reportIn, response: { 200: s.reportOut } },
  }, async (req) => reports.save(db, actorOf(req), req.params.id, req.body));

  app.post('/report-periods/:id/evidence', {
    schema: {
      tags, summary: 'Tải minh chứng của báo cáo (PDF, DOCX, JPG, PNG) — multipart, trường "file"', params: idParam,
      consumes: ['multipart/form-data'], response: { 201: s.reportEvidenceOut },
    },
  }, async (req, reply) => reply.status(201).send(await reports.uploadEvidence(db, filesDir, actorOf(req), req.params.id, req)));

  app.get('/report-evidence/:id', {
    schema: { tags, summary: 'Tải tệp minh chứng của báo cáo', params: idParam, response: { 200: z.unknown().describe('Nội dung tệp (PDF, DOCX, JPG, PNG)') } },
  }, async (req, reply) => {
    const file = await reports.openEvidence(db, filesDir, actorOf(req), req.params.id);
    return reply.headers(file.headers).send(file.stream);
  });

  app.delete('/report-evidence/:id', {
    schema: { tags, summary: 'Xóa tệp minh chứng của báo cáo', params: idParam, response: noContent },
  }, async (req, reply) => {
    await reports.removeEvidence(db, filesDir, actorOf(req), req.params.id);
    return reply.status(204).send(null);
  });
};
