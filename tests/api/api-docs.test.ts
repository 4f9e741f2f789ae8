import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moduleTags } from '../../server/modules/tags.js';
import { setup } from '../helpers.js';

let ctx: Awaited<ReturnType<typeof setup>>;
beforeAll(async () => { ctx = await setup(); });
afterAll(async () => { await ctx?.close(); });

describe('API documentation organised by module', () => {
  it('lists the module tags in order, each with a description, and files every operation under one of them with a summary', async () => {
    const spec = (await ctx.app.inject('/api/openapi.json')).json();
    expect(spec.tags.map((t: { name: string }) => t.name)).toEqual(moduleTags.map((t) => t.name));
    for (const t of spec.tags) expect(t.description).toMatch(/ — /);
    const names = new Set<string>(moduleTags.map((t) => t.name));
    const used = new Set<string>();
    const bad: string[] = [];
    for (const [path, ops] of Object.entries(spec.paths as Record<string, Record<string, { tags?: string[]; summary?: string }>>)) {
      for (const [method, op] of Object.entries(ops)) {
        const ok = op.tags?.length === 1 && names.has(op.tags[0]) && !!op.summary?.trim();
        if (!ok) bad.push(`${method.toUpperCase()} ${path} ${JSON.stringify(op.tags)} ${op.summary ?? ''}`);
        op.tags?.forEach((t) => used.add(t));
      }
    }
    expect(bad).toEqual([]);
    expect([...used].sort()).toEqual([...names].sort());
  });
});
