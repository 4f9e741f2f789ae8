import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../core/auth/plugin.js';
import { pageOf, pageQuery } from '../../core/pagination.js';
import { idParam, noContent } from '../../core/schemas.js';
import * as bridgePoints from './bridge-points.js';
import { checklist } from './checklist.js';
import { copy } from './copy.js';
import * as invitations from './invitations.js';
import * as placement from './placement.js';
import * as presenters from './presenters.js';
import {
  addInvitationsIn, agendaIn, agendaItemOut, bridgePointIn, bridgePointOut, bridgePointPatchIn, checklistOut, conferenceDetailOut,
  conferenceItemOut, copyConferenceIn, createConferenceIn, generateIn, invitationOut, invitationsQuery, invitedOut, listConferencesQuery,
  myInvitationOut, personParam, placedOut, placeIn, presenterOut, presentersQuery, readinessIn, reassignIn, unplacedOut, updateConferenceIn,
} from './schemas.js';
import * as service from './service.js';
import { conferenceExportRoutes } from './export.js';

const tags = ['conferences'];

const conferenceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  await conferenceExportRoutes(app, {});

  app.get('/conferences', {
    schema: { tags, summary: 'Hội nghị học tập, quán triệt: lọc theo đợt, đơn vị, thời gian', querystring: listConferencesQuery, response: { 200: pageOf(conferenceItemOut) } },
  }, async (req) => service.list(db, actorOf(req), req.query));

  app.post('/conferences', {
    schema: { tags, summary: 'Tổ chức hội nghị (chương trình, tài liệu, học bù)', body: createConferenceIn, response: { 201: conferenceItemOut } },
  }, async (req, reply) => reply.status(201).send(await service.create(db, actorOf(req), req.body)));

  app.get('/conferences/presenters', {
    schema: { tags, summary: 'Báo cáo viên có thể mời cho hội nghị của một đơn vị (kể cả báo cáo viên cấp trên)', querystring: presentersQuery, response: { 200: pageOf(presenterOut) } },
  }, async (req) => presenters.search(db, actorOf(req), req.query));

  app.post('/conferences/:id/copy', {
    schema: { tags, summary: 'Sao chép hội nghị: cùng chương trình, tài liệu, điểm cầu, đối tượng; thời gian mới', params: idParam, body: copyConferenceIn, response: { 201: conferenceItemOut } },
  }, async (req, reply) => reply.status(201).send(await copy(db, actorOf(req), req.params.id, req.body)));

  app.get('/conferences/:id/checklist', {
    schema: { tags, summary: 'Danh mục chuẩn bị hội nghị: tài liệu, chương trình, điểm cầu, giấy mời, mã QR hội trường', params: idParam, response: { 200: checklistOut } },
  }, async (req) => checklist(db, actorOf(req), req.params.id));

  app.get('/conferences/:id/invitations/unplaced', {
    schema: { tags, summary: 'Người được mời chưa có điểm cầu', params: idParam, querystring: z.object(pageQuery), response: { 200: pageOf(unplacedOut) } },
  }, async (req) => placement.listUnplaced(db, actorOf(req), req.params.id, req.query));

  app.post('/conferences/:id/invitations/place', {
    schema: { tags, summary: 'Xếp người được mời chưa có điểm cầu (vào một điểm cầu, hoặc theo đơn vị gần nhất)', params: idParam, body: placeIn, response: { 200: placedOut } },
  }, async (req) => placement.place(db, actorOf(req), req.params.id, req.body.bridgePointId));

  app.get('/conferences/:id', {
    schema: { tags, summary: 'Chi tiết hội nghị: chương trình, tài liệu, điểm cầu', params: idParam, response: { 200: conferenceDetailOut } },
  }, async (req) => service.detail(db, actorOf(req), req.params.id));

  app.patch('/conferences/:id', {
    schema: { tags, summary: 'Sửa hội nghị', params: idParam, body: updateConferenceIn, response: { 200: conferenceItemOut } },
  }, async (req) => service.update(db, actorOf(req), req.params.id, req.body));

  app.put('/conferences/:id/agenda', {
    schema: { tags, summary: 'Thay chương trình hội nghị', params: idParam, body: agendaIn, response: { 200: z.array(agendaItemOut) } },
  }, async (req) => service.putAgenda(db, actorOf(req), req.params.id, req.body));

  app.post('/conferences/:id/bridge-points', {
    schema: { tags, summary: 'Thêm điểm cầu', params: idParam, body: bridgePointIn, response: { 201: bridgePointOut } },
  }, async (req, reply) => reply.status(201).send(await bridgePoints.add(db, actorOf(req), req.params.id, req.body)));

  app.patch('/bridge-points/:id', {
    schema: { tags, summary: 'Sửa điểm cầu', params: idParam, body: bridgePointPatchIn, response: { 200: bridgePointOut } },
  }, async (req) => bridgePoints.update(db, actorOf(req), req.params.id, req.body));

  app.post('/bridge-points/:id/readiness', {
    schema: { tags, summary: 'Ghi kết quả kiểm tra đường truyền điểm cầu', params: idParam, body: readinessIn, response: { 200: bridgePointOut } },
  }, async (req) => bridgePoints.readiness(db, actorOf(req), req.params.id, req.body.connectionOk));

  app.delete('/bridge-points/:id', {
    schema: { tags, summary: 'Xóa điểm cầu (người được mời chuyển về điểm cầu chính)', params: idParam, response: noContent },
  }, async (req, reply) => {
    await bridgePoints.remove(db, actorOf(req), req.params.id);
    return reply.status(204).send(null);
  });

  app.post('/conferences/:id/invitations/generate', {
    schema: { tags, summary: 'Lập danh sách mời theo đối tượng', params: idParam, body: generateIn, response: { 200: invitedOut } },
  }, async (req) => invitations.generate(db, actorOf(req), req.params.id, req.body.rule));

  app.get('/conferences/:id/invitations', {
    schema: { tags, summary: 'Danh sách được mời, kèm điểm danh và vắng mặt', params: idParam, querystring: invitationsQuery, response: { 200: pageOf(invitationOut).extend({ partial: z.boolean().describe('Chỉ người của đơn vị người xem (không phải ban tổ chức)') }) } },
  }, async (req) => invitations.list(db, actorOf(req), req.params.id, req.query));

  app.post('/conferences/:id/invitations', {
    schema: { tags, summary: 'Mời thêm người', params: idParam, body: addInvitationsIn, response: { 200: invitedOut } },
  }, async (req) => invitations.add(db, actorOf(req), req.params.id, req.body));

  app.delete('/conferences/:id/invitations/:personId', {
    schema: { tags, summary: 'Bỏ người khỏi danh sách mời', params: personParam, response: noContent },
  }, async (req, reply) => {
    await invitations.remove(db, actorOf(req), req.params.id, req.params.personId);
    return reply.status(204).send(null);
  });

  app.patch('/conferences/:id/invitations/:personId', {
    schema: { tags, summary: 'Chuyển người được mời sang điểm cầu khác', params: personParam, body: reassignIn, response: { 200: invitationOut } },
  }, async (req) => invitations.reassign(db, actorOf(req), req.params.id, req.params.personId, req.body.bridgePointId));

  app.get('/me/invitations', {
    schema: { tags, summary: 'Hội nghị tôi được mời', response: { 200: z.array(myInvitationOut) } },
  }, async (req) => invitations.mine(db, actorOf(req)));
};

export default conferenceRoutes;
