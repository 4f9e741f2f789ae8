import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../core/auth/plugin.js';
import { badRequest } from '../../core/errors.js';
import { pageOf } from '../../core/pagination.js';
import { assertStorable } from '../../core/input-guard.js';
import { idParam, queryId, todayVn } from '../../core/schemas.js';
import { exportPeople, importPeople, importTemplate } from './import.js';
import * as relations from './relations.js';
import {
  createPersonIn, endPositionIn, listPeopleQuery, listPeopleQueryPaged, massOrgIn, massOrgOut, personItemOut, personOut, positionIn,
  positionOut, transferIn, updatePersonIn,
} from './schemas.js';
import * as service from './service.js';
import { XLSX_MIME } from './xlsx.js';

const tags = ['people'];
const xlsxOut = z.any().describe('Tệp Excel (.xlsx)');
const attachment = (name: string) => `attachment; filename="${name}"`;

const peopleRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;

  app.get('/people', {
    schema: { tags, summary: 'Danh sách đảng viên, cán bộ, hội viên', querystring: listPeopleQueryPaged, response: { 200: pageOf(personItemOut) } },
  }, async (req) => service.list(db, actorOf(req), req.query));

  app.get('/people/export.xlsx', {
    schema: { tags, summary: 'Xuất danh sách (đã lọc) ra Excel', querystring: listPeopleQuery, produces: [XLSX_MIME], response: { 200: xlsxOut } },
  }, async (req, reply) => {
    const file = await exportPeople(db, actorOf(req), req.query);
    return reply.type(XLSX_MIME).header('content-disposition', attachment(`danh-sach-${todayVn()}.xlsx`)).send(file);
  });

  app.get('/people/import-template.xlsx', {
    schema: { tags, summary: 'Mẫu Excel để nhập danh sách', produces: [XLSX_MIME], response: { 200: xlsxOut } },
  }, async (req, reply) => {
    const file = await importTemplate(actorOf(req));
    return reply.type(XLSX_MIME).header('content-disposition', attachment('mau-nhap-danh-sach.xlsx')).send(file);
  });

  app.post('/people/import', {
    schema: {
      tags, summary: 'Nhập danh sách từ Excel (multipart: file, orgId = đơn vị mặc định); lỗi bất kỳ dòng nào thì không nhập dòng nào',
      consumes: ['multipart/form-data'], response: { 200: z.object({ imported: z.number() }) },
    },
  }, async (req) => {
    const actor = actorOf(req);
    let file: Buffer | undefined;
    let orgIdText: string | undefined;
    // parts() rather than file(): the orgId field may come before or after the file.
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        const buf = await part.toBuffer();
        if (part.fieldname === 'file') file = buf;
      } else if (part.fieldname === 'orgId') {
        orgIdText = String(part.value ?? '').trim();
      }
    }
    if (orgIdText !== undefined) assertStorable('orgId', orgIdText); // multipart fields skip the JSON guard
    const orgId = orgIdText ? queryId.safeParse(orgIdText) : undefined;
    if (orgId && !orgId.success) throw badRequest({ orgId: { key: 'invalid_type', params: { expected: 'id' } } });
    if (!file || file.length === 0) throw badRequest({ file: 'file_missing' });
    return importPeople(db, actor, file, orgId?.data);
  });

  app.get('/people/:id', {
    schema: { tags, summary: 'Hồ sơ một người (chức vụ, chuyển sinh hoạt, đoàn thể)', params: idParam, response: { 200: personOut } },
  }, async (req) => service.detail(db, actorOf(req), req.params.id));

  app.post('/people', {
    schema: { tags, summary: 'Thêm người', body: createPersonIn, response: { 201: personOut } },
  }, async (req, reply) => reply.status(201).send(await service.create(db, actorOf(req), req.body)));

  app.patch('/people/:id', {
    schema: { tags, summary: 'Sửa thông tin (đơn vị đổi qua chuyển sinh hoạt)', params: idParam, body: updatePersonIn, response: { 200: personOut } },
  }, async (req) => service.update(db, actorOf(req), req.params.id, req.body));

  app.post('/people/:id/transfer', {
    schema: { tags, summary: 'Chuyển sinh hoạt sang đơn vị khác', params: idParam, body: transferIn, response: { 200: personOut } },
  }, async (req) => service.transfer(db, actorOf(req), req.params.id, req.body));

  app.post('/people/:id/positions', {
    schema: { tags, summary: 'Giao chức vụ', params: idParam, body: positionIn, response: { 201: positionOut } },
  }, async (req, reply) => reply.status(201).send(await relations.addPosition(db, actorOf(req), req.params.id, req.body)));

  app.post('/people/:id/positions/:positionId/end', {
    schema: {
      tags, summary: 'Kết thúc chức vụ', params: idParam.extend({ positionId: queryId }),
      body: endPositionIn, response: { 200: positionOut },
    },
  }, async (req) => relations.endPosition(db, actorOf(req), req.params.id, req.params.positionId, req.body ?? {}));

  app.post('/people/:id/mass-orgs', {
    schema: { tags, summary: 'Kết nạp vào đoàn thể', params: idParam, body: massOrgIn, response: { 201: massOrgOut } },
  }, async (req, reply) => reply.status(201).send(await relations.addMassOrg(db, actorOf(req), req.params.id, req.body)));

  app.delete('/people/:id/mass-orgs/:orgId', {
    schema: { tags, summary: 'Rời đoàn thể', params: idParam.extend({ orgId: queryId }), response: { 204: z.null() } },
  }, async (req, reply) => {
    await relations.removeMassOrg(db, actorOf(req), req.params.id, req.params.orgId);
    return reply.status(204).send(null);
  });
};

export default peopleRoutes;
