import type { Db } from '../../core/db/index.js';
import type { Actor } from '../../core/policy.js';
import type * as s from './schemas.js';
import { notYet } from './stub.js';

export async function list(_db: Db, _a: Actor, _f: s.ListInspectionsQuery) { return notYet(); }
export async function create(_db: Db, _a: Actor, _i: s.CreateInspectionInput) { return notYet(); }
export async function detail(_db: Db, _a: Actor, _id: number) { return notYet(); }
export async function update(_db: Db, _a: Actor, _id: number, _i: s.UpdateInspectionInput) { return notYet(); }
export async function start(_db: Db, _a: Actor, _id: number) { return notYet(); }
export async function conclude(_db: Db, _a: Actor, _id: number, _i: s.ConcludeInput) { return notYet(); }
export async function close(_db: Db, _a: Actor, _id: number) { return notYet(); }
export async function reopen(_db: Db, _a: Actor, _id: number, _i: { reason: string }) { return notYet(); }
