import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../core/auth/plugin.js';
import { idParam } from '../../core/schemas.js';
import * as s from './schemas.js';
import * as service from './service.js';

const tags = ['notifications'];

/** The inbox of the signed-in account, its e-mail preferences, and the outbox for admins (issue 9 item 2). */
const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;

  app.get('/me/notifications', {
    schema: { tags, summary: 'Hộp thông báo của tôi (mới nhất trước)', querystring: s.inboxQuery, response: { 200: s.inboxOut } },
  }, async (req) => service.inbox(db, actorOf(req), req.query));

  app.get('/me/notifications/unread-count', {
    schema: { tags, summary: 'Số thông báo chưa đọc', response: { 200: s.unreadOut } },
  }, async (req) => service.unread(db, actorOf(req)));

  app.post('/me/notifications/:id/read', {
    schema: { tags, summary: 'Đánh dấu một thông báo đã đọc', params: idParam, response: { 200: s.unreadOut } },
  }, async (req) => service.markRead(db, actorOf(req), req.params.id));

  app.post('/me/notifications/read-all', {
    schema: { tags, summary: 'Đánh dấu tất cả đã đọc', response: { 200: s.readAllOut } },
  }, async (req) => service.markAllRead(db, actorOf(req)));

  app.get('/me/notification-settings', {
    schema: { tags, summary: 'Cách nhận thông báo qua thư điện tử', response: { 200: s.settingsOut } },
  }, async (req) => service.settings(db, actorOf(req)));

  app.put('/me/notification-settings', {
    schema: { tags, summary: 'Đổi cách nhận thông báo (ngay, tổng hợp cuối ngày, không gửi thư) và địa chỉ thư', body: s.settingsIn, response: { 200: s.settingsOut } },
  }, async (req) => service.putSettings(db, actorOf(req), req.body));

  app.get('/mail/outbox', {
    schema: { tags, summary: 'Hàng đợi thư điện tử: trạng thái, số lần gửi, lỗi (quản trị)', querystring: s.outboxQuery, response: { 200: s.outboxOut } },
  }, async (req) => service.outbox(db, actorOf(req), req.query));

  app.post('/mail/outbox/:id/retry', {
    schema: { tags, summary: 'Gửi lại thư đã gửi không thành công (quản trị)', params: idParam, response: { 200: z.object({ id: z.number(), status: z.literal('pending') }) } },
  }, async (req) => service.retry(db, actorOf(req), req.params.id));
};

export default notificationRoutes;
