import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../core/auth/plugin.js';
import { pageOf } from '../../core/pagination.js';
import { idParam, noContent } from '../../core/schemas.js';
import * as findings from './findings.js';
import * as plans from './plans.js';
import * as recs from './recommendations.js';
import { record } from './record.js';
import * as s from './schemas.js';
import * as service from './service.js';
import { inspectionExportRoutes } from './export.js';
import './messages.js';
import './policy.js';

const tags = ['inspections'];
const upload = (summary: string) => ({ tags, summary, params: idParam, consumes: ['multipart/form-data'], response: { 201: s.fileOut } });

const inspectionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  await inspectionExportRoutes(app, {});
  const { filesDir } = app.config;

  // ---- plans
  app.get('/inspection-plans', {
    schema: { tags, summary: 'Kế hoạch kiểm tra, giám sát năm của đơn vị và cấp dưới', querystring: s.listPlansQuery, response: { 200: pageOf(s.planItemOut) } },
  }, async (req) => plans.list(db, actorOf(req), req.query));

  app.post('/inspection-plans', {
    schema: { tags, summary: 'Ban hành kế hoạch kiểm tra, giám sát năm (Ban Thường vụ hoặc Ủy ban Kiểm tra)', body: s.createPlanIn, response: { 201: s.planDetailOut } },
  }, async (req, reply) => reply.status(201).send(await plans.create(db, actorOf(req), req.body)));

  app.get('/inspection-plans/:id', {
    schema: { tags, summary: 'Kế hoạch kiểm tra, giám sát: các cuộc kiểm tra, giám sát trong năm', params: idParam, response: { 200: s.planDetailOut } },
  }, async (req) => plans.detail(db, actorOf(req), req.params.id));

  app.patch('/inspection-plans/:id', {
    schema: { tags, summary: 'Sửa kế hoạch kiểm tra, giám sát', params: idParam, body: s.updatePlanIn, response: { 200: s.planDetailOut } },
  }, async (req) => plans.update(db, actorOf(req), req.params.id, req.body));

  app.get('/inspection-plans/:id/candidates', {
    schema: { tags, summary: 'Tài khoản có thể cử vào đoàn (thuộc đơn vị ban hành kế hoạch và cấp dưới)', params: idParam, querystring: s.candidatesQuery, response: { 200: z.array(s.candidateOut) } },
  }, async (req) => plans.candidates(db, actorOf(req), req.params.id, req.query));

  // ---- inspections
  app.get('/inspections', {
    schema: { tags, summary: 'Các cuộc kiểm tra, giám sát (của đơn vị, đơn vị được kiểm tra, đoàn mình tham gia)', querystring: s.listInspectionsQuery, response: { 200: pageOf(s.inspectionItemOut) } },
  }, async (req) => service.list(db, actorOf(req), req.query));

  app.post('/inspections', {
    schema: { tags, summary: 'Thêm cuộc kiểm tra, giám sát vào kế hoạch: quyết định, đoàn, đơn vị được kiểm tra', body: s.createInspectionIn, response: { 201: s.inspectionDetailOut } },
  }, async (req, reply) => reply.status(201).send(await service.create(db, actorOf(req), req.body)));

  app.get('/inspections/:id', {
    schema: { tags, summary: 'Cuộc kiểm tra, giám sát: đoàn, nội dung, kết quả, kết luận, kiến nghị', params: idParam, response: { 200: s.inspectionDetailOut } },
  }, async (req) => service.detail(db, actorOf(req), req.params.id));

  app.patch('/inspections/:id', {
    schema: { tags, summary: 'Sửa cuộc kiểm tra, giám sát (thành phần đoàn, đơn vị, thời gian)', params: idParam, body: s.updateInspectionIn, response: { 200: s.inspectionDetailOut } },
  }, async (req) => service.update(db, actorOf(req), req.params.id, req.body));

  app.post('/inspections/:id/start', {
    schema: { tags, summary: 'Đoàn bắt đầu kiểm tra, giám sát', params: idParam, response: { 200: s.inspectionDetailOut } },
  }, async (req) => service.start(db, actorOf(req), req.params.id));

  app.post('/inspections/:id/conclude', {
    schema: { tags, summary: 'Kết luận kiểm tra, giám sát và các kiến nghị', params: idParam, body: s.concludeIn, response: { 200: s.inspectionDetailOut } },
  }, async (req) => service.conclude(db, actorOf(req), req.params.id, req.body));

  app.post('/inspections/:id/close', {
    schema: { tags, summary: 'Kết thúc cuộc kiểm tra, giám sát (mọi kiến nghị đã khắc phục xong)', params: idParam, response: { 200: s.inspectionDetailOut } },
  }, async (req) => service.close(db, actorOf(req), req.params.id));

  app.post('/inspections/:id/reopen', {
    schema: { tags, summary: 'Mở lại cuộc kiểm tra, giám sát đã kết thúc (ghi rõ lý do)', params: idParam, body: s.reopenIn, response: { 200: s.inspectionDetailOut } },
  }, async (req) => service.reopen(db, actorOf(req), req.params.id, req.body));

  app.get('/inspections/:id/record', {
    schema: { tags, summary: 'Số liệu sẵn có của đơn vị được kiểm tra trong kỳ, theo từng nội dung kiểm tra', params: idParam, querystring: s.recordQuery, response: { 200: s.recordOut } },
  }, async (req) => record(db, actorOf(req), req.params.id, req.query.orgId));

  // ---- findings
  app.post('/inspections/:id/findings', {
    schema: { tags, summary: 'Ghi kết quả kiểm tra một nội dung tại một đơn vị (bản nháp)', params: idParam, body: s.createFindingIn, response: { 201: s.findingDetailOut } },
  }, async (req, reply) => reply.status(201).send(await findings.create(db, actorOf(req), req.params.id, req.body)));

  app.get('/findings/:id', {
    schema: { tags, summary: 'Kết quả kiểm tra và lịch sử các lần đính chính', params: idParam, response: { 200: s.findingDetailOut } },
  }, async (req) => findings.detail(db, actorOf(req), req.params.id));

  app.patch('/findings/:id', {
    schema: { tags, summary: 'Sửa bản nháp kết quả kiểm tra (bản đã công bố không sửa được)', params: idParam, body: s.updateFindingIn, response: { 200: s.findingDetailOut } },
  }, async (req) => findings.update(db, actorOf(req), req.params.id, req.body));

  app.post('/findings/:id/publish', {
    schema: { tags, summary: 'Công bố kết quả kiểm tra (từ đó chỉ đính chính bằng bản mới)', params: idParam, response: { 200: s.findingDetailOut } },
  }, async (req) => findings.publish(db, actorOf(req), req.params.id));

  app.post('/findings/:id/revisions', {
    schema: { tags, summary: 'Đính chính kết quả đã công bố: bản mới (nháp), giữ lịch sử', params: idParam, body: s.reviseFindingIn, response: { 201: s.findingDetailOut } },
  }, async (req, reply) => reply.status(201).send(await findings.revise(db, actorOf(req), req.params.id, req.body)));

  app.post('/findings/:id/files', {
    schema: upload('Tải minh chứng cho bản nháp kết quả kiểm tra (PDF, DOCX, JPG, PNG) — multipart, trường "file"'),
  }, async (req, reply) => reply.status(201).send(await findings.uploadFile(db, filesDir, actorOf(req), req.params.id, req)));

  // ---- recommendations
  app.post('/inspections/:id/recommendations', {
    schema: { tags, summary: 'Thêm kiến nghị (đơn vị chịu trách nhiệm, thời hạn)', params: idParam, body: s.recommendationIn, response: { 201: s.recommendationDetailOut } },
  }, async (req, reply) => reply.status(201).send(await recs.create(db, actorOf(req), req.params.id, req.body)));

  app.get('/recommendations', {
    schema: { tags, summary: 'Theo dõi kiến nghị: lọc theo trạng thái, đơn vị, quá hạn', querystring: s.listRecommendationsQuery, response: { 200: pageOf(s.recommendationItemOut) } },
  }, async (req) => recs.list(db, actorOf(req), req.query));

  app.get('/recommendations/overdue', {
    schema: { tags, summary: 'Kiến nghị quá hạn chưa khắc phục xong (cho Ban Thường vụ, Ủy ban Kiểm tra)', querystring: s.overdueQuery, response: { 200: pageOf(s.recommendationItemOut) } },
  }, async (req) => recs.overdue(db, actorOf(req), req.query));

  app.get('/recommendations/:id', {
    schema: { tags, summary: 'Kiến nghị: kế hoạch khắc phục, kết quả, ý kiến của đoàn', params: idParam, response: { 200: s.recommendationDetailOut } },
  }, async (req) => recs.detail(db, actorOf(req), req.params.id));

  app.patch('/recommendations/:id', {
    schema: { tags, summary: 'Sửa nội dung, thời hạn kiến nghị (đoàn)', params: idParam, body: s.updateRecommendationIn, response: { 200: s.recommendationDetailOut } },
  }, async (req) => recs.update(db, actorOf(req), req.params.id, req.body));

  app.post('/recommendations/:id/plan', {
    schema: { tags, summary: 'Đơn vị gửi kế hoạch khắc phục', params: idParam, body: s.planIn, response: { 200: s.recommendationDetailOut } },
  }, async (req) => recs.submitPlan(db, actorOf(req), req.params.id, req.body));

  app.post('/recommendations/:id/plan-review', {
    schema: { tags, summary: 'Đoàn chấp nhận hoặc trả lại kế hoạch khắc phục (nêu lý do)', params: idParam, body: s.reviewIn, response: { 200: s.recommendationDetailOut } },
  }, async (req) => recs.reviewPlan(db, actorOf(req), req.params.id, req.body));

  app.post('/recommendations/:id/files', {
    schema: upload('Đơn vị tải minh chứng khắc phục (PDF, DOCX, JPG, PNG) — multipart, trường "file"'),
  }, async (req, reply) => reply.status(201).send(await recs.uploadFile(db, filesDir, actorOf(req), req.params.id, req)));

  app.post('/recommendations/:id/done', {
    schema: { tags, summary: 'Đơn vị báo cáo đã khắc phục xong (kèm minh chứng)', params: idParam, body: s.doneIn, response: { 200: s.recommendationDetailOut } },
  }, async (req) => recs.reportDone(db, actorOf(req), req.params.id, req.body));

  app.post('/recommendations/:id/done-review', {
    schema: { tags, summary: 'Đoàn chấp nhận kết quả khắc phục (đóng kiến nghị) hoặc trả lại, kèm ý kiến', params: idParam, body: s.reviewIn, response: { 200: s.recommendationDetailOut } },
  }, async (req) => recs.reviewDone(db, actorOf(req), req.params.id, req.body));

  // ---- files (of findings and of remedies)
  app.get('/inspection-files/:id', {
    schema: { tags, summary: 'Tải tệp minh chứng kiểm tra, khắc phục', params: idParam, response: { 200: z.unknown().describe('Nội dung tệp (PDF, DOCX, JPG, PNG)') } },
  }, async (req, reply) => {
    const file = await findings.openFile(db, filesDir, actorOf(req), req.params.id);
    return reply.headers(file.headers).send(file.stream);
  });

  app.delete('/inspection-files/:id', {
    schema: { tags, summary: 'Xóa tệp minh chứng (bản nháp, hoặc chưa gửi kèm báo cáo khắc phục)', params: idParam, response: noContent },
  }, async (req, reply) => {
    await findings.removeFile(db, filesDir, actorOf(req), req.params.id);
    return reply.status(204).send(null);
  });
};

export default inspectionRoutes;
