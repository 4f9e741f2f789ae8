import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../core/auth/plugin.js';
import { idParam } from '../../core/schemas.js';
import { evaluationExportRoutes } from './export.js';
import * as s from './schemas.js';
import * as service from './service.js';

const tags = ['evaluations'];

const evaluationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  await evaluationExportRoutes(app, {});

  app.get('/conferences/:id/evaluation-suggestions', {
    schema: { tags, summary: 'Gợi ý nhận xét sau hội nghị (tính từ điểm danh)', params: idParam, response: { 200: s.suggestionsOut } },
  }, async (req) => service.suggestions(db, actorOf(req), req.params.id));

  app.get('/conferences/:id/evaluations', {
    schema: { tags, summary: 'Nhận xét, đánh giá của hội nghị', params: idParam, response: { 200: z.array(s.evaluationOut) } },
  }, async (req) => service.list(db, actorOf(req), req.params.id));

  app.put('/conferences/:id/evaluations', {
    schema: { tags, summary: 'Ghi nhận xét, đánh giá đơn vị và cá nhân', params: idParam, body: s.evaluationsIn, response: { 200: s.evaluationsSaved } },
  }, async (req) => service.save(db, actorOf(req), req.params.id, req.body));

  app.get('/evaluations', {
    schema: { tags, summary: 'Tổng hợp đánh giá theo năm (đơn vị, cá nhân)', querystring: s.summaryQuery, response: { 200: s.summaryOut } },
  }, async (req) => service.annual(db, actorOf(req), req.query));

  app.get('/people/:id/evaluations', {
    schema: {
      tags, summary: 'Đánh giá trong năm của một người', params: idParam,
      querystring: s.summaryQuery.pick({ year: true }), response: { 200: s.summaryOut },
    },
  }, async (req) => service.personYear(db, actorOf(req), req.params.id, req.query.year));
};

export default evaluationRoutes;
