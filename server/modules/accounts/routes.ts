import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../core/auth/plugin.js';
import { pageOf, pageQuery } from '../../core/pagination.js';
import { idParam, queryId } from '../../core/schemas.js';
import { accountOut, createAccountIn, grantIn, listAccountsQuery, resetPasswordIn, updateAccountIn } from './schemas.js';
import * as service from './service.js';

const tags = ['accounts'];

const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;

  app.get('/accounts', {
    schema: { tags, summary: 'Danh sách tài khoản', querystring: listAccountsQuery.extend(pageQuery), response: { 200: pageOf(accountOut) } },
  }, async (req) => service.list(db, actorOf(req), req.query));

  app.get('/accounts/:id', {
    schema: { tags, summary: 'Chi tiết tài khoản', params: idParam, response: { 200: accountOut } },
  }, async (req) => service.get(db, actorOf(req), req.params.id));

  app.post('/accounts', {
    schema: { tags, summary: 'Tạo tài khoản', body: createAccountIn, response: { 201: accountOut } },
  }, async (req, reply) => reply.status(201).send(await service.create(db, actorOf(req), req.body)));

  app.patch('/accounts/:id', {
    schema: { tags, summary: 'Sửa / khóa / mở khóa tài khoản', params: idParam, body: updateAccountIn, response: { 200: accountOut } },
  }, async (req) => service.update(db, actorOf(req), req.params.id, req.body));

  app.post('/accounts/:id/reset-password', {
    schema: { tags, summary: 'Đặt lại mật khẩu', params: idParam, body: resetPasswordIn },
  }, async (req, reply) => {
    await service.resetPassword(db, actorOf(req), req.params.id, req.body.newPassword);
    return reply.status(204).send();
  });

  app.post('/accounts/:id/grants', {
    schema: { tags, summary: 'Phân quyền tại đơn vị', params: idParam, body: grantIn, response: { 201: accountOut } },
  }, async (req, reply) => reply.status(201).send(await service.addGrant(db, actorOf(req), req.params.id, req.body)));

  app.delete('/accounts/:id/grants/:grantId', {
    schema: { tags, summary: 'Thu hồi quyền', params: idParam.extend({ grantId: queryId }) },
  }, async (req, reply) => {
    await service.removeGrant(db, actorOf(req), req.params.id, req.params.grantId);
    return reply.status(204).send();
  });
};

export default accountRoutes;
