import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../core/auth/plugin.js';
import { pageOf } from '../../core/pagination.js';
import { idParam } from '../../core/schemas.js';
import { campaignExportRoutes } from './export.js';
import {
  boardItemOut, boardOut, boardQuery, campaignDetailOut, campaignItemOut, createCampaignIn, listCampaignsQuery,
  remindIn, remindOut, updateCampaignIn, updateObligationIn,
} from './schemas.js';
import * as service from './service.js';

const tags = ['campaigns'];

const campaignRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  await campaignExportRoutes(app, {});

  app.get('/campaigns', {
    schema: { tags, summary: 'Đợt học tập, quán triệt của đơn vị và cấp trên giao', querystring: listCampaignsQuery, response: { 200: pageOf(campaignItemOut) } },
  }, async (req) => service.list(db, actorOf(req), req.query));

  app.post('/campaigns', {
    schema: { tags, summary: 'Mở đợt học tập: giao nhiệm vụ cho các đơn vị trực thuộc theo đối tượng', body: createCampaignIn, response: { 201: campaignDetailOut } },
  }, async (req, reply) => reply.status(201).send(await service.create(db, actorOf(req), req.body)));

  app.get('/campaigns/:id', {
    schema: { tags, summary: 'Chi tiết đợt học tập: văn bản, tổng hợp tiến độ', params: idParam, response: { 200: campaignDetailOut } },
  }, async (req) => service.detail(db, actorOf(req), req.params.id));

  app.patch('/campaigns/:id', {
    schema: { tags, summary: 'Sửa đợt học tập (đổi hạn dời hạn của các đơn vị)', params: idParam, body: updateCampaignIn, response: { 200: campaignDetailOut } },
  }, async (req) => service.update(db, actorOf(req), req.params.id, req.body));

  app.get('/campaigns/:id/board', {
    schema: { tags, summary: 'Bảng theo dõi tiến độ tổ chức học tập của các đơn vị', params: idParam, querystring: boardQuery, response: { 200: boardOut } },
  }, async (req) => service.board(db, actorOf(req), req.params.id, req.query));

  app.patch('/obligations/:id', {
    schema: { tags, summary: 'Điều chỉnh hạn của một đơn vị', params: idParam, body: updateObligationIn, response: { 200: boardItemOut } },
  }, async (req) => service.updateObligation(db, actorOf(req), req.params.id, req.body));

  app.post('/campaigns/:id/reminders', {
    schema: { tags, summary: 'Nhắc các đơn vị chậm tổ chức học tập', params: idParam, body: remindIn, response: { 200: remindOut } },
  }, async (req) => service.remind(db, actorOf(req), req.params.id, req.body));
};

export default campaignRoutes;
