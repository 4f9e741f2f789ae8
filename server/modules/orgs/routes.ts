import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../core/auth/plugin.js';
import { idParam, queryInt, str } from '../../core/schemas.js';
import { createOrgIn, dissolveOrgIn, mergeOrgsIn, moveOrgIn, orgDetailOut, orgNodeOut, orgOut, orgSearchHitOut, updateOrgIn } from './schemas.js';
import * as service from './service.js';

const tags = ['orgs'];

const orgRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;

  app.get('/orgs/roots', {
    schema: { tags, summary: 'Gốc cây tổ chức của người dùng', response: { 200: z.array(orgNodeOut) } },
  }, async (req) => service.roots(db, actorOf(req)));

  app.get('/orgs/:id/children', {
    schema: {
      tags, summary: 'Đơn vị trực thuộc (kèm số đảng viên)', params: idParam,
      querystring: z.object({ includeInactive: z.enum(['true', 'false']).default('false') }),
      response: { 200: z.array(orgNodeOut) },
    },
  }, async (req) => service.children(db, actorOf(req), req.params.id, req.query.includeInactive === 'true'));

  app.get('/orgs/search', {
    schema: {
      tags, summary: 'Tìm đơn vị theo tên (có hoặc không dấu)',
      querystring: z.object({ q: str().trim().min(1).max(100), limit: queryInt(1, 50).default(20) }),
      response: { 200: z.array(orgSearchHitOut) },
    },
  }, async (req) => service.search(db, actorOf(req), req.query.q, req.query.limit));

  app.get('/orgs/:id', {
    schema: { tags, summary: 'Chi tiết đơn vị', params: idParam, response: { 200: orgDetailOut } },
  }, async (req) => service.detail(db, actorOf(req), req.params.id));

  app.post('/orgs', {
    schema: { tags, summary: 'Thành lập đơn vị', body: createOrgIn, response: { 201: orgOut } },
  }, async (req, reply) => reply.status(201).send(await service.create(db, actorOf(req), req.body)));

  app.patch('/orgs/:id', {
    schema: { tags, summary: 'Đổi tên / sửa thông tin', params: idParam, body: updateOrgIn, response: { 200: orgOut } },
  }, async (req) => service.update(db, actorOf(req), req.params.id, req.body));

  app.post('/orgs/:id/move', {
    schema: { tags, summary: 'Chuyển đơn vị sang đơn vị cấp trên khác', params: idParam, body: moveOrgIn, response: { 200: orgOut } },
  }, async (req) => service.move(db, actorOf(req), req.params.id, req.body));

  app.post('/orgs/merge', {
    schema: { tags, summary: 'Sáp nhập các đơn vị', body: mergeOrgsIn, response: { 200: orgOut } },
  }, async (req) => service.merge(db, actorOf(req), req.body));

  app.post('/orgs/:id/dissolve', {
    schema: { tags, summary: 'Giải thể đơn vị', params: idParam, body: dissolveOrgIn, response: { 200: orgOut } },
  }, async (req) => service.dissolve(db, actorOf(req), req.params.id, req.body));
};

export default orgRoutes;
