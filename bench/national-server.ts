// The app under test for the national scenario, in a process of its own: its memory (RSS) is the server's alone, and
// the watchers, the load client and the measuring code do not share its event loop.
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/core/db/index.js';

const url = process.env.NATIONAL_DATABASE_URL;
if (!url) throw new Error('NATIONAL_DATABASE_URL is required');
const database = await openDatabase({ url });
const dataDir = mkdtempSync(path.join(tmpdir(), 'qt-national-app-'));
const config = loadConfig({ DATA_DIR: dataDir, SESSION_SECRET: 'bench-session-secret', LOG_LEVEL: 'warn', DEMO_DATA: '0' });
const app = await buildApp({ database, config, logger: false });
await app.listen({ port: 0, host: '127.0.0.1' });
process.send?.({ port: (app.server.address() as AddressInfo).port });
process.on('message', (m: { type: string }) => {
  if (m.type === 'stop') void app.close().then(() => database.close()).then(() => process.exit(0));
});
