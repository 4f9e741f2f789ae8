import type { FastifyPluginAsync } from 'fastify';
import auth from './auth/routes.js';
import accounts from './accounts/routes.js';
import audit from './audit/routes.js';
import orgs from './orgs/routes.js';
import people from './people/routes.js';
import documents from './documents/routes.js';
import campaigns from './campaigns/routes.js';
import conferences from './conferences/routes.js';
import attendance from './attendance/routes.js';
import evaluations from './evaluations/routes.js';
import dialogue from './dialogue/routes.js';
import programs from './programs/routes.js';
import reviews from './reviews/routes.js';
import inspections from './inspections/routes.js';
import paperwork from './paperwork/routes.js';
import notifications from './notifications/routes.js';
import home from './home/routes.js';

/** Every domain module's routes, mounted under /api. */
export const modules: FastifyPluginAsync[] = [auth, accounts, audit, orgs, people, documents, campaigns, conferences, attendance, dialogue, evaluations, programs, inspections, reviews, paperwork, notifications, home] as FastifyPluginAsync[];
