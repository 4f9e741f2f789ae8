import type { FastifyRequest } from 'fastify';
import type { openStored } from '../documents/files.js';
import type { Db } from '../../core/db/index.js';
import type { Actor } from '../../core/policy.js';
import type * as s from './schemas.js';
import { notYet } from './stub.js';

export async function create(_db: Db, _a: Actor, _id: number, _i: s.CreateFindingInput) { return notYet(); }
export async function detail(_db: Db, _a: Actor, _id: number) { return notYet(); }
export async function update(_db: Db, _a: Actor, _id: number, _i: s.UpdateFindingInput) { return notYet(); }
export async function publish(_db: Db, _a: Actor, _id: number) { return notYet(); }
export async function revise(_db: Db, _a: Actor, _id: number, _i: s.ReviseFindingInput) { return notYet(); }
export async function uploadFile(_db: Db, _dir: string, _a: Actor, _id: number, _req: FastifyRequest) { return notYet(); }
export async function openFile(_db: Db, _dir: string, _a: Actor, _id: number): Promise<NonNullable<Awaited<ReturnType<typeof openStored>>>> { return notYet(); }
export async function removeFile(_db: Db, _dir: string, _a: Actor, _id: number) { return notYet(); }
