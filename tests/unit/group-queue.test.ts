import { describe, expect, it } from 'vitest';
import { GroupQueue } from '../../server/core/db/group.js';

describe('GroupQueue (group commit)', () => {
  it('gathers calls made while a flush runs, keeps their order and settles each on its own', async () => {
    const flushes: number[][] = [];
    const q = new GroupQueue<number, number>(async (items) => {
      flushes.push(items);
      await new Promise((r) => setTimeout(r, 5));
      return items.map((n) => (n % 7 === 0 ? { ok: false as const, error: new Error(`refused ${n}`) } : { ok: true as const, value: n * 2 }));
    }, { maxBatch: 10, maxInFlight: 1 });
    const calls = Array.from({ length: 25 }, (_, i) => q.submit(i + 1).then((v) => `ok ${v}`, (e: Error) => e.message));
    const results = await Promise.all(calls);
    expect(results[6]).toBe('refused 7');
    expect(results[13]).toBe('refused 14');
    expect(results[0]).toBe('ok 2');
    expect(results[24]).toBe('ok 50');
    expect(flushes.flat()).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(flushes.length).toBe(3); // 10 + 10 + 5: batched, never one by one
    expect(Math.max(...flushes.map((f) => f.length))).toBe(10);
  });

  it('rejects every call of a flush that throws, and keeps serving later calls', async () => {
    let fail = true;
    const q = new GroupQueue<number, number>(async (items) => {
      if (fail) throw new Error('database gone');
      return items.map((n) => ({ ok: true as const, value: n }));
    }, { maxBatch: 50, maxInFlight: 1 });
    const first = await Promise.allSettled([q.submit(1), q.submit(2)]);
    expect(first.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await q.submit(3)).toBe(3);
  });
});
