import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../core/auth/plugin.js';
import { SESSION_COOKIE } from '../../core/auth/session.js';
import { abilitiesOf, type Actor } from '../../core/policy.js';
import { loginIn, meOut, passwordIn } from './schemas.js';
import { changePassword, login, logout } from './service.js';

/** Who the actor is, its grants, and what it may do where (the UI hides what the server would refuse). */
const meOf = (actor: Actor): z.input<typeof meOut> => ({
  accountId: actor.accountId,
  username: actor.username,
  displayName: actor.displayName,
  personId: actor.personId,
  grants: actor.grants,
  abilities: abilitiesOf(actor),
});

const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  const cookieOpts = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: 'auto' as const };

  app.post('/auth/login', {
    config: { public: true },
    schema: {
      tags: ['auth'],
      summary: 'Đăng nhập',
      body: loginIn,
      response: { 200: meOut },
    },
  }, async (req, reply) => {
    const { cookie, actor } = await login(db, app.config, req.body, req);
    reply.setCookie(SESSION_COOKIE, cookie, { ...cookieOpts, maxAge: app.config.sessionHours * 3600 });
    return meOf(actor);
  });

  app.post('/auth/logout', { config: { public: true }, schema: { tags: ['auth'], summary: 'Đăng xuất' } }, async (req, reply) => {
    if (req.sessionToken) await logout(db, req.sessionToken, req.actor);
    reply.clearCookie(SESSION_COOKIE, cookieOpts);
    return reply.status(204).send();
  });

  app.get('/auth/me', { schema: { tags: ['auth'], summary: 'Tài khoản đang đăng nhập', response: { 200: meOut } } }, async (req) => meOf(actorOf(req)));

  app.post('/auth/password', {
    schema: {
      tags: ['auth'],
      summary: 'Đổi mật khẩu',
      body: passwordIn,
    },
  }, async (req, reply) => {
    await changePassword(db, actorOf(req), req.sessionToken!, req.body);
    return reply.status(204).send();
  });
};

export default authRoutes;
