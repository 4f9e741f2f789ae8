import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../core/auth/plugin.js';
import { idParam } from '../../core/schemas.js';
import { rate, summary } from './ratings.js';
import * as s from './schemas.js';
import * as service from './service.js';

const tags = ['dialogue'];

const dialogueRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;

  app.get('/conferences/:id/questions', {
    schema: { tags, summary: 'Câu hỏi gửi báo cáo viên (theo lượt bình chọn hoặc mới nhất)', params: idParam, querystring: s.questionsQuery, response: { 200: z.array(s.questionOut) } },
  }, async (req) => service.list(db, actorOf(req), req.params.id, req.query.sort));

  app.post('/conferences/:id/questions', {
    schema: { tags, summary: 'Gửi câu hỏi (có thể ẩn danh với người dự)', params: idParam, body: s.askIn, response: { 201: s.questionOut } },
  }, async (req, reply) => reply.status(201).send(await service.ask(db, actorOf(req), req.params.id, req.body)));

  app.post('/questions/:id/vote', {
    schema: { tags, summary: 'Bình chọn câu hỏi (mỗi người một lượt)', params: idParam, response: { 200: s.voteOut } },
  }, async (req) => service.vote(db, actorOf(req), req.params.id, true));

  app.delete('/questions/:id/vote', {
    schema: { tags, summary: 'Bỏ bình chọn câu hỏi', params: idParam, response: { 200: s.voteOut } },
  }, async (req) => service.vote(db, actorOf(req), req.params.id, false));

  app.post('/questions/:id/answer', {
    schema: { tags, summary: 'Trả lời câu hỏi (báo cáo viên được hỏi hoặc ban tổ chức)', params: idParam, body: s.answerIn, response: { 200: s.questionOut } },
  }, async (req) => service.answer(db, actorOf(req), req.params.id, req.body.answer));

  app.post('/questions/:id/hide', {
    schema: { tags, summary: 'Ẩn / hiện câu hỏi không phù hợp (ban tổ chức)', params: idParam, body: s.hideIn, response: { 200: s.questionOut } },
  }, async (req) => service.hide(db, actorOf(req), req.params.id, req.body.hidden));

  app.get('/me/questions', {
    schema: { tags, summary: 'Câu hỏi của tôi và câu trả lời', response: { 200: z.array(s.myQuestionOut) } },
  }, async (req) => service.mine(db, actorOf(req)));

  app.get('/me/presenter/questions', {
    schema: { tags, summary: 'Câu hỏi gửi tới tôi (báo cáo viên)', querystring: s.presenterQuery, response: { 200: z.array(s.myQuestionOut) } },
  }, async (req) => service.toPresenter(db, actorOf(req), req.query.status));

  app.post('/conferences/:id/ratings', {
    schema: { tags, summary: 'Đánh giá báo cáo viên (1–5 sao, nhận xét)', params: idParam, body: s.rateIn, response: { 200: s.ratingOut } },
  }, async (req) => rate(db, actorOf(req), req.params.id, req.body));

  app.get('/conferences/:id/ratings', {
    schema: { tags, summary: 'Kết quả đánh giá báo cáo viên (tổng hợp, không nêu tên người đánh giá)', params: idParam, response: { 200: s.ratingSummaryOut } },
  }, async (req) => summary(db, actorOf(req), req.params.id));
};

export default dialogueRoutes;
