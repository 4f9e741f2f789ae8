import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../core/auth/plugin.js';
import { idParam } from '../../core/schemas.js';
import { contentDisposition } from '../documents/files.js';
import { conclusionDocx } from './conclusion.js';
import { invitationDocx, signInDocx } from './conference-papers.js';
import { DOCX_MIME } from './layout.js';
import { issueReport, reportDraft } from './report-service.js';
import { docxOut, draftOut, draftQuery, issuedOut, reportIn } from './schemas.js';

const tags = ['paperwork'];

const paperworkRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  const { filesDir } = app.config;
  const send = (reply: { type: (t: string) => { header: (k: string, v: string) => { send: (b: Buffer) => unknown } } }, f: { file: Buffer; filename: string }) =>
    reply.type(DOCX_MIME).header('content-disposition', contentDisposition(f.filename, false)).send(f.file);

  app.get('/campaigns/:id/report-draft', {
    schema: { tags, summary: 'Dự thảo báo cáo kết quả học tập, quán triệt của một đơn vị: số liệu từ hồ sơ và phần lời văn', params: idParam, querystring: draftQuery, response: { 200: draftOut } },
  }, async (req) => reportDraft(db, actorOf(req), req.params.id, req.query.orgId));

  app.post('/campaigns/:id/reports', {
    schema: { tags, summary: 'Ban hành báo cáo kết quả học tập (.docx theo thể thức văn bản của Đảng), lấy số và vào sổ văn bản', params: idParam, body: reportIn, response: { 201: issuedOut } },
  }, async (req, reply) => reply.status(201).send(await issueReport(db, filesDir, actorOf(req), req.params.id, req.body)));

  app.get('/conferences/:id/invitation.docx', {
    schema: { tags, summary: 'Giấy mời dự hội nghị (.docx, lấy số GM một lần)', params: idParam, produces: [DOCX_MIME], response: docxOut },
  }, async (req, reply) => send(reply, await invitationDocx(db, actorOf(req), req.params.id)));

  app.get('/bridge-points/:id/sign-in.docx', {
    schema: { tags, summary: 'Danh sách ký tên đại biểu tại một điểm cầu (.docx)', params: idParam, produces: [DOCX_MIME], response: docxOut },
  }, async (req, reply) => send(reply, await signInDocx(db, actorOf(req), req.params.id)));

  app.get('/inspections/:id/conclusion.docx', {
    schema: { tags, summary: 'Thông báo kết luận kiểm tra, giám sát (.docx)', params: idParam, produces: [DOCX_MIME], response: docxOut },
  }, async (req, reply) => send(reply, await conclusionDocx(db, actorOf(req), req.params.id)));
};

export default paperworkRoutes;
