import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../core/auth/plugin.js';
import { pageOf } from '../../core/pagination.js';
import { idParam, noContent } from '../../core/schemas.js';
import * as attachments from './attachments.js';
import {
  checkSymbolOut, checkSymbolQuery, createDocumentIn, documentDetailOut, documentItemOut, listDocumentsQuery,
  relationCreatedOut, relationIn, relationQuery, statsOut, statsQuery, updateDocumentIn, uploadedOut,
} from './schemas.js';
import * as service from './service.js';

const tags = ['documents'];

const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  const { filesDir } = app.config;

  app.get('/documents', {
    schema: {
      tags, summary: 'Sổ văn bản: tìm kiếm (có hoặc không dấu), lọc, phân trang',
      querystring: listDocumentsQuery, response: { 200: pageOf(documentItemOut) },
    },
  }, async (req) => service.list(db, actorOf(req), req.query));

  app.get('/documents/stats', {
    schema: { tags, summary: 'Số văn bản theo cơ quan ban hành và năm', querystring: statsQuery, response: { 200: statsOut } },
  }, async (req) => service.stats(db, actorOf(req), req.query));

  app.get('/documents/check-symbol', {
    schema: { tags, summary: 'Kiểm tra số và ký hiệu văn bản', querystring: checkSymbolQuery, response: { 200: checkSymbolOut } },
  }, async (req) => {
    actorOf(req);
    const s = service.checkSymbol(req.query.symbol);
    return { number: s.number, typeCode: s.typeCode, issuer: s.issuer };
  });

  app.get('/documents/:id', {
    schema: { tags, summary: 'Chi tiết văn bản', params: idParam, response: { 200: documentDetailOut } },
  }, async (req) => service.detail(db, actorOf(req), req.params.id));

  app.post('/documents', {
    schema: { tags, summary: 'Vào sổ văn bản', body: createDocumentIn, response: { 201: documentItemOut } },
  }, async (req, reply) => reply.status(201).send(await service.create(db, actorOf(req), req.body)));

  app.patch('/documents/:id', {
    schema: { tags, summary: 'Sửa thông tin văn bản', params: idParam, body: updateDocumentIn, response: { 200: documentItemOut } },
  }, async (req) => service.update(db, actorOf(req), req.params.id, req.body));

  app.delete('/documents/:id', {
    schema: { tags, summary: 'Xóa văn bản (kèm tệp đính kèm)', params: idParam, response: noContent },
  }, async (req, reply) => {
    await service.remove(db, filesDir, actorOf(req), req.params.id);
    return reply.status(204).send(null);
  });

  app.post('/documents/:id/attachments', {
    schema: {
      tags, summary: 'Đính kèm tệp (PDF, DOCX, JPG, PNG) — multipart, trường "file"', params: idParam,
      consumes: ['multipart/form-data'], response: { 201: uploadedOut },
    },
  }, async (req, reply) => reply.status(201).send(await attachments.upload(db, filesDir, actorOf(req), req.params.id, req)));

  app.get('/attachments/:id', {
    schema: {
      tags, summary: 'Tải tệp đính kèm', params: idParam,
      response: { 200: z.unknown().describe('Nội dung tệp (PDF, DOCX, JPG, PNG)') },
    },
  }, async (req, reply) => {
    const file = await attachments.open(db, filesDir, actorOf(req), req.params.id);
    return reply.headers(file.headers).send(file.stream);
  });

  app.delete('/attachments/:id', {
    schema: { tags, summary: 'Xóa tệp đính kèm', params: idParam, response: noContent },
  }, async (req, reply) => {
    await attachments.remove(db, filesDir, actorOf(req), req.params.id);
    return reply.status(204).send(null);
  });

  app.post('/documents/:id/relations', {
    schema: {
      tags, summary: 'Liên kết văn bản (thực hiện / thay thế)', params: idParam, body: relationIn, response: { 201: relationCreatedOut },
    },
  }, async (req, reply) => reply.status(201).send(await service.addRelation(db, actorOf(req), req.params.id, req.body)));

  app.delete('/documents/:id/relations', {
    schema: { tags, summary: 'Bỏ liên kết văn bản', params: idParam, querystring: relationQuery, response: noContent },
  }, async (req, reply) => {
    await service.removeRelation(db, actorOf(req), req.params.id, req.query);
    return reply.status(204).send(null);
  });
};

export default documentRoutes;
