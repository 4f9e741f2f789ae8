import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../core/auth/plugin.js';
import { pageOf } from '../../core/pagination.js';
import { idParam, noContent } from '../../core/schemas.js';
import { programExportRoutes } from './export.js';
import { reportRoutes } from './report-routes.js';
import * as s from './schemas.js';
import * as service from './service.js';
import * as targets from './targets.js';
import * as tasks from './tasks.js';

const tags = ['programs'];

const programRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  const { filesDir } = app.config;
  await programExportRoutes(app, {});

  app.get('/programs', {
    schema: { tags, summary: 'Chương trình hành động của đơn vị, cấp dưới và cấp trên', querystring: s.listProgramsQuery, response: { 200: pageOf(s.programItemOut) } },
  }, async (req) => service.list(db, actorOf(req), req.query));

  app.post('/programs', {
    schema: { tags, summary: 'Ban hành chương trình hành động thực hiện văn bản', body: s.createProgramIn, response: { 201: s.programDetailOut } },
  }, async (req, reply) => reply.status(201).send(await service.create(db, actorOf(req), req.body)));

  app.get('/programs/:id', {
    schema: { tags, summary: 'Chương trình: văn bản, chỉ tiêu và tiến độ (tính tự động)', params: idParam, response: { 200: s.programDetailOut } },
  }, async (req) => service.detail(db, actorOf(req), req.params.id));

  app.patch('/programs/:id', {
    schema: { tags, summary: 'Sửa chương trình (kết thúc, mở lại)', params: idParam, body: s.updateProgramIn, response: { 200: s.programDetailOut } },
  }, async (req) => service.update(db, actorOf(req), req.params.id, req.body));

  app.post('/programs/:id/cascade', {
    schema: { tags, summary: 'Đơn vị cấp dưới xây dựng chương trình từ chương trình cấp trên (sao chép chỉ tiêu)', params: idParam, body: s.cascadeIn, response: { 201: s.programDetailOut } },
  }, async (req, reply) => reply.status(201).send(await service.cascade(db, actorOf(req), req.params.id, req.body)));

  app.post('/programs/:id/targets', {
    schema: { tags, summary: 'Thêm chỉ tiêu', params: idParam, body: s.targetIn, response: { 201: s.targetItemOut } },
  }, async (req, reply) => reply.status(201).send(await targets.create(db, actorOf(req), req.params.id, req.body)));

  app.get('/targets/:id', {
    schema: { tags, summary: 'Chỉ tiêu: số liệu theo thời gian, biểu đồ', params: idParam, response: { 200: s.targetDetailOut } },
  }, async (req) => targets.detail(db, actorOf(req), req.params.id));

  app.get('/targets/:id/contributions', {
    schema: {
      tags, summary: 'Đơn vị cấp dưới đóng góp vào chỉ tiêu tổng hợp (tìm theo tên, lọc đạt/chưa đạt/chưa báo cáo)', params: idParam,
      querystring: s.contributionsQuery, response: { 200: pageOf(s.contributionOut) },
    },
  }, async (req) => targets.contributions(db, actorOf(req), req.params.id, req.query));

  app.patch('/targets/:id', {
    schema: { tags, summary: 'Sửa chỉ tiêu', params: idParam, body: s.updateTargetIn, response: { 200: s.targetItemOut } },
  }, async (req) => targets.update(db, actorOf(req), req.params.id, req.body));

  app.delete('/targets/:id', {
    schema: { tags, summary: 'Xóa chỉ tiêu', params: idParam, response: noContent },
  }, async (req, reply) => {
    await targets.remove(db, actorOf(req), req.params.id);
    return reply.status(204).send(null);
  });

  app.post('/targets/:id/values', {
    schema: { tags, summary: 'Báo cáo số liệu thực hiện chỉ tiêu của đơn vị', params: idParam, body: s.valueIn, response: { 201: s.targetDetailOut } },
  }, async (req, reply) => reply.status(201).send(await targets.report(db, actorOf(req), req.params.id, req.body)));

  app.post('/programs/:id/tasks', {
    schema: { tags, summary: 'Giao nhiệm vụ (cho đơn vị mình hoặc đơn vị cấp dưới)', params: idParam, body: s.taskIn, response: { 201: s.taskItemOut } },
  }, async (req, reply) => reply.status(201).send(await tasks.create(db, actorOf(req), req.params.id, req.body)));

  app.get('/tasks', {
    schema: { tags, summary: 'Nhiệm vụ của đơn vị (kể cả cấp trên giao), quá hạn trước', querystring: s.listTasksQuery, response: { 200: pageOf(s.taskItemOut) } },
  }, async (req) => tasks.list(db, actorOf(req), req.query));

  app.get('/tasks/:id', {
    schema: { tags, summary: 'Nhiệm vụ: tiến độ, minh chứng', params: idParam, response: { 200: s.taskDetailOut } },
  }, async (req) => tasks.detail(db, actorOf(req), req.params.id));

  app.patch('/tasks/:id', {
    schema: { tags, summary: 'Sửa nhiệm vụ (đơn vị giao) hoặc cập nhật trạng thái (đơn vị chủ trì)', params: idParam, body: s.updateTaskIn, response: { 200: s.taskItemOut } },
  }, async (req) => tasks.update(db, actorOf(req), req.params.id, req.body));

  app.delete('/tasks/:id', {
    schema: { tags, summary: 'Xóa nhiệm vụ', params: idParam, response: noContent },
  }, async (req, reply) => {
    await tasks.remove(db, filesDir, actorOf(req), req.params.id);
    return reply.status(204).send(null);
  });

  app.post('/tasks/:id/notes', {
    schema: { tags, summary: 'Ghi tiến độ thực hiện nhiệm vụ (có thể đổi trạng thái)', params: idParam, body: s.noteIn, response: { 201: s.taskDetailOut } },
  }, async (req, reply) => reply.status(201).send(await tasks.addNote(db, actorOf(req), req.params.id, req.body)));

  app.post('/tasks/:id/evidence', {
    schema: {
      tags, summary: 'Tải minh chứng (PDF, DOCX, JPG, PNG) — multipart, trường "file"', params: idParam,
      consumes: ['multipart/form-data'], response: { 201: s.evidenceOut },
    },
  }, async (req, reply) => reply.status(201).send(await tasks.uploadEvidence(db, filesDir, actorOf(req), req.params.id, req)));

  app.get('/evidence/:id', {
    schema: { tags, summary: 'Tải tệp minh chứng', params: idParam, response: { 200: z.unknown().describe('Nội dung tệp (PDF, DOCX, JPG, PNG)') } },
  }, async (req, reply) => {
    const file = await tasks.openEvidence(db, filesDir, actorOf(req), req.params.id);
    return reply.headers(file.headers).send(file.stream);
  });

  app.delete('/evidence/:id', {
    schema: { tags, summary: 'Xóa tệp minh chứng', params: idParam, response: noContent },
  }, async (req, reply) => {
    await tasks.removeEvidence(db, filesDir, actorOf(req), req.params.id);
    return reply.status(204).send(null);
  });

  await reportRoutes(app, {});
};

export default programRoutes;
