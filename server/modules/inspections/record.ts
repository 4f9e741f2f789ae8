import type { Db } from '../../core/db/index.js';
import type { Actor } from '../../core/policy.js';
import { notYet } from './stub.js';

export async function record(_db: Db, _a: Actor, _id: number, _orgId: number) { return notYet(); }
