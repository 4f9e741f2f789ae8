import { randomBytes } from 'node:crypto';
import { one, sql, type Db } from '../../core/db/index.js';

// The installation key signing personal QR codes: generated once, stored in app_secrets so printed cards
// survive restarts; cached per database (tests open many).
const cache = new WeakMap<Db, Promise<Buffer>>();

async function load(db: Db): Promise<Buffer> {
  // Two first callers may race: ON CONFLICT keeps the first key, both then read the same one.
  await db.execute(sql`INSERT INTO app_secrets (name, value) VALUES ('person_qr', ${randomBytes(32).toString('base64')})
    ON CONFLICT (name) DO NOTHING`);
  const row = (await one<{ value: string }>(db, sql`SELECT value FROM app_secrets WHERE name = 'person_qr'`))!;
  return Buffer.from(row.value, 'base64');
}

export function personKey(db: Db): Promise<Buffer> {
  let p = cache.get(db);
  if (!p) {
    p = load(db);
    p.catch(() => cache.delete(db));
    cache.set(db, p);
  }
  return p;
}
