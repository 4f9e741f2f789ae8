import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../core/auth/plugin.js';
import { idParam } from '../../core/schemas.js';
import * as s from './schemas.js';
import * as service from './service.js';

const tags = ['reviews'];

const reviewRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;

  app.get('/people/:id/annual-review', {
    schema: { tags, summary: 'Kiểm điểm cuối năm của đảng viên: dữ liệu trong năm, mức gợi ý, xếp loại', params: idParam, querystring: s.yearQuery,
      response: { 200: s.personReviewOut } },
  }, async (req) => service.personReview(db, actorOf(req), req.params.id, req.query.year));

  app.put('/people/:id/annual-review', {
    schema: { tags, summary: 'Cấp ủy quyết định xếp loại đảng viên (xác nhận mức gợi ý, hoặc mức khác có lý do)', params: idParam, body: s.decideIn,
      response: { 200: s.personReviewOut } },
  }, async (req) => service.decidePerson(db, actorOf(req), req.params.id, req.body));

  app.get('/orgs/:id/annual-review', {
    schema: { tags, summary: 'Kiểm điểm cuối năm của tổ chức đảng: dữ liệu trong năm, mức gợi ý, xếp loại', params: idParam, querystring: s.yearQuery,
      response: { 200: s.unitReviewOut } },
  }, async (req) => service.unitReview(db, actorOf(req), req.params.id, req.query.year));

  app.put('/orgs/:id/annual-review', {
    schema: { tags, summary: 'Cấp ủy cấp trên quyết định xếp loại tổ chức đảng', params: idParam, body: s.decideIn, response: { 200: s.unitReviewOut } },
  }, async (req) => service.decideUnit(db, actorOf(req), req.params.id, req.body));
};

export default reviewRoutes;
