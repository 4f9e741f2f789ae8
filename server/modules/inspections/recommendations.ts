import type { FastifyRequest } from 'fastify';
import type { Db } from '../../core/db/index.js';
import type { Actor } from '../../core/policy.js';
import type * as s from './schemas.js';
import { notYet } from './stub.js';

export async function create(_db: Db, _a: Actor, _id: number, _i: s.RecommendationInput) { return notYet(); }
export async function list(_db: Db, _a: Actor, _f: s.ListRecommendationsQuery) { return notYet(); }
export async function overdue(_db: Db, _a: Actor, _f: { page: number; pageSize: number }) { return notYet(); }
export async function detail(_db: Db, _a: Actor, _id: number) { return notYet(); }
export async function update(_db: Db, _a: Actor, _id: number, _i: s.UpdateRecommendationInput) { return notYet(); }
export async function submitPlan(_db: Db, _a: Actor, _id: number, _i: { plan: string; dueOn: string }) { return notYet(); }
export async function reviewPlan(_db: Db, _a: Actor, _id: number, _i: s.ReviewInput) { return notYet(); }
export async function uploadFile(_db: Db, _dir: string, _a: Actor, _id: number, _req: FastifyRequest) { return notYet(); }
export async function reportDone(_db: Db, _a: Actor, _id: number, _i: { report: string }) { return notYet(); }
export async function reviewDone(_db: Db, _a: Actor, _id: number, _i: s.ReviewInput) { return notYet(); }
