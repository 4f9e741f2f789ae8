import type { Db } from '../../core/db/index.js';
import type { Actor } from '../../core/policy.js';
import type * as s from './schemas.js';
import { notYet } from './stub.js';

export async function list(_db: Db, _a: Actor, _f: s.ListPlansQuery) { return notYet(); }
export async function create(_db: Db, _a: Actor, _i: s.CreatePlanInput) { return notYet(); }
export async function detail(_db: Db, _a: Actor, _id: number) { return notYet(); }
export async function update(_db: Db, _a: Actor, _id: number, _i: s.UpdatePlanInput) { return notYet(); }
export async function candidates(_db: Db, _a: Actor, _id: number, _q: { q?: string }) { return notYet(); }
