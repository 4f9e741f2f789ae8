import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../core/auth/plugin.js';
import { SESSION_COOKIE } from '../../core/auth/session.js';
import { ROLES } from '../../core/policy.js';
import { changePassword, login, logout } from './service.js';

const grantOut = z.object({ id: z.number(), role: z.enum(ROLES), orgId: z.number(), orgName: z.string(), path: z.string() });
export const meOut = z.object({
  accountId: z.number(),
  username: z.string(),
  displayName: z.string(),
  personId: z.number().nullable(),
  grants: z.array(grantOut),
});

const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  const cookieOpts = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: 'auto' as const };

  app.post('/auth/login', {
    config: { public: true },
    schema: {
      tags: ['auth'],
      summary: 'Đăng nhập',
      body: z.object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) }),
      response: { 200: meOut },
    },
  }, async (req, reply) => {
    const { cookie, actor } = await login(db, app.config, req.body, req);
    reply.setCookie(SESSION_COOKIE, cookie, { ...cookieOpts, maxAge: app.config.sessionHours * 3600 });
    return actor;
  });

  app.post('/auth/logout', { config: { public: true }, schema: { tags: ['auth'], summary: 'Đăng xuất' } }, async (req, reply) => {
    if (req.sessionToken) await logout(db, req.sessionToken);
    reply.clearCookie(SESSION_COOKIE, cookieOpts);
    return reply.status(204).send();
  });

  app.get('/auth/me', { schema: { tags: ['auth'], summary: 'Tài khoản đang đăng nhập', response: { 200: meOut } } }, async (req) => actorOf(req));

  app.post('/auth/password', {
    schema: {
      tags: ['auth'],
      summary: 'Đổi mật khẩu',
      body: z.object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) }),
    },
  }, async (req, reply) => {
    await changePassword(db, actorOf(req), req.sessionToken!, req.body);
    return reply.status(204).send();
  });
};

export default authRoutes;
