import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../core/auth/plugin.js';
import { rootsFor } from '../../core/policy.js';
import { idParam, queryId } from '../../core/schemas.js';
import { visibleConference } from './access.js';
import { DOCX_MIME, exportCards } from './cards.js';
import { checkinBatch, checkinSelf } from './checkin.js';
import { attendanceExportRoutes } from './export.js';
import { listening, saveListening } from './listening.js';
import { stream, type Streams } from './live.js';
import { campaignParticipation, conferenceParticipation } from './participation.js';
import { hallQr, myQr, personQrFor } from './qr.js';
import { roster, rosterOut, rosterParams } from './roster.js';
import { scanQueue } from './scan-queue.js';
import { makeupList, markRestAbsent, myAttendance, recordAbsence, rollCall, saveRollCall } from './rollcall.js';
import * as s from './schemas.js';

const tags = ['attendance'];

const attendanceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  await attendanceExportRoutes(app, {});
  const scan = scanQueue(app.deps.database);
  const streams: Streams = new Set();
  app.addHook('onClose', async () => { for (const res of streams) res.end(); });

  app.get('/me/qr', {
    schema: { tags, summary: 'Mã QR cá nhân của tôi', response: { 200: s.qrOut } },
  }, async (req) => myQr(db, actorOf(req)));

  app.get('/people/:id/qr', {
    schema: { tags, summary: 'Mã QR in thẻ điểm danh của một người', params: idParam, response: { 200: s.qrOut } },
  }, async (req) => personQrFor(db, actorOf(req), req.params.id));

  app.get('/qr-cards.docx', {
    schema: { tags, summary: 'In thẻ QR điểm danh của một chi bộ / đơn vị (Word, A4, cắt rời)', querystring: s.cardsQuery, produces: [DOCX_MIME], response: { 200: z.any().describe('Tệp Word (.docx)') } },
  }, async (req, reply) => {
    const { file } = await exportCards(db, actorOf(req), req.query.orgId, req.query.layout);
    return reply.type(DOCX_MIME).header('content-disposition', `attachment; filename="the-qr-diem-danh-${req.query.orgId}.docx"`).send(file);
  });

  app.get('/conferences/:id/listening', {
    schema: { tags, summary: 'Danh sách ghi nhận nghe hội nghị qua loa truyền thanh / đài phát thanh của một chi bộ', params: idParam, querystring: s.listeningQuery, response: { 200: s.listeningOut } },
  }, async (req) => listening(db, actorOf(req), req.params.id, req.query.orgId));

  app.put('/conferences/:id/listening', {
    schema: { tags, summary: 'Lưu ghi nhận nghe đài của chi bộ (cả danh sách một lần)', params: idParam, body: s.listeningIn, response: { 200: s.listeningSaved } },
  }, async (req) => saveListening(db, actorOf(req), req.params.id, req.body));

  app.get('/conferences/:id/hall-qr', {
    schema: {
      tags, summary: 'Mã QR hội trường (đổi mỗi 60 giây)', params: idParam,
      querystring: z.object({ bridgePointId: queryId.optional() }), response: { 200: s.hallQrOut },
    },
  }, async (req) => hallQr(db, actorOf(req), req.params.id, req.query.bridgePointId));

  app.post('/conferences/:id/checkins', {
    schema: { tags, summary: 'Điểm danh (quét thẻ QR hoặc chọn người)', params: idParam, body: s.scanIn, response: { 200: s.checkinOut } },
  }, async (req) => scan(actorOf(req), req.params.id, req.body));

  app.get('/conferences/:id/bridge-points/:bridgePointId/roster', {
    schema: { tags, summary: 'Danh sách mời của một điểm cầu, lưu trên điện thoại để điểm danh ngoại tuyến', params: rosterParams, response: { 200: rosterOut } },
  }, async (req) => roster(db, actorOf(req), req.params.id, req.params.bridgePointId));

  app.post('/conferences/:id/checkins/batch', {
    schema: { tags, summary: 'Đồng bộ điểm danh ngoại tuyến', params: idParam, body: s.batchIn, response: { 200: s.batchOut } },
  }, async (req) => checkinBatch(db, actorOf(req), req.params.id, req.body));

  app.post('/checkins/self', {
    schema: { tags, summary: 'Tự điểm danh bằng mã QR hội trường', body: s.selfIn, response: { 200: s.checkinOut.extend({ conferenceId: z.number() }) } },
  }, async (req) => checkinSelf(db, actorOf(req), req.body));

  app.get('/conferences/:id/roll-call', {
    schema: { tags, summary: 'Danh sách điểm danh', params: idParam, querystring: s.rollCallQuery, response: { 200: s.rollCallOut } },
  }, async (req) => rollCall(db, actorOf(req), req.params.id, req.query));

  app.post('/conferences/:id/roll-call', {
    schema: { tags, summary: 'Điểm danh theo danh sách / sửa điểm danh', params: idParam, body: s.rollCallIn, response: { 200: s.rollCallSaved } },
  }, async (req) => saveRollCall(db, actorOf(req), req.params.id, req.body.marks));

  app.post('/conferences/:id/roll-call/absent-rest', {
    schema: { tags, summary: 'Ghi vắng không lý do mọi người chưa điểm danh (theo bộ lọc)', params: idParam, body: s.absentRestIn, response: { 200: s.absentRestOut } },
  }, async (req) => markRestAbsent(db, actorOf(req), req.params.id, req.body));

  app.post('/conferences/:id/absences', {
    schema: { tags, summary: 'Ghi vắng mặt (có / không có lý do)', params: idParam, body: s.absenceIn, response: { 200: s.absenceOut } },
  }, async (req) => recordAbsence(db, actorOf(req), req.params.id, req.body));

  app.get('/conferences/:id/live', {
    schema: {
      tags, summary: 'Số liệu điểm danh trực tiếp (Server-Sent Events)', params: idParam,
      response: { 200: z.string().describe('text/event-stream: snapshot (the bridge points in the viewer\'s scope, at most 200, and the conference\'s totals), then checkin events (a point\'s counts with the total, or the total alone)') },
    },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const v = await visibleConference(db, actor, req.params.id);
    // Point by point only the bridge points of the viewer's subtrees; the conference's totals for all who may watch.
    const scope = v.full ? { key: '*', filter: null } : { key: rootsFor(actor, 'attendance.read').sort().join(' '), filter: v.bpFilter };
    await stream(db, streams, req, reply, req.params.id, scope);
  });

  app.get('/conferences/:id/participation', {
    schema: { tags, summary: 'Tỷ lệ tham dự hội nghị', params: idParam, response: { 200: s.conferenceParticipationOut } },
  }, async (req) => conferenceParticipation(db, actorOf(req), req.params.id));

  app.get('/campaigns/:id/participation', {
    schema: {
      tags, summary: 'Tỷ lệ tham gia đợt học tập (mỗi người tính một lần)', params: idParam,
      querystring: z.object({ orgId: queryId.optional() }), response: { 200: s.campaignParticipationOut },
    },
  }, async (req) => campaignParticipation(db, actorOf(req), req.params.id, req.query.orgId));

  app.get('/me/attendance', {
    schema: { tags, summary: 'Lịch sử tham dự của tôi', response: { 200: s.myAttendanceOut } },
  }, async (req) => myAttendance(db, actorOf(req)));

  app.get('/conferences/:id/makeup-list', {
    schema: { tags, summary: 'Danh sách cần học bù', params: idParam, response: { 200: s.makeupOut } },
  }, async (req) => makeupList(db, actorOf(req), req.params.id));
};

export default attendanceRoutes;
