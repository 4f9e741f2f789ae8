import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../core/auth/plugin.js';
import { overview } from './overview.js';
import { overviewOut, overviewQuery, todoOut } from './schemas.js';
import { todo } from './todo.js';

const tags = ['home'];

const homeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;

  app.get('/home/overview', {
    schema: { tags, summary: 'Trang chủ lãnh đạo: tình hình toàn đơn vị và các đơn vị trực thuộc', querystring: overviewQuery, response: { 200: overviewOut } },
  }, async (req) => overview(db, actorOf(req), req.query.orgId));

  app.get('/home/todo', {
    schema: { tags, summary: 'Việc cần làm của văn phòng, ban tuyên giáo: lên lịch, chuẩn bị hội nghị, báo cáo, nhận xét, trả lời kiến nghị', response: { 200: todoOut } },
  }, async (req) => todo(db, actorOf(req)));
};

export default homeRoutes;
