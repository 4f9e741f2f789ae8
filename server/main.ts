import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase, sql } from './core/db/index.js';
import { migrate } from './core/db/migrate.js';
import { seedDemo, DEMO_ACCOUNTS } from './demo/seed.js';
import { refreshDemoClock } from './demo/clock.js';
import path from 'node:path';
import { startWorker } from './modules/notifications/worker.js';

const config = loadConfig();
const database = await openDatabase({ url: config.databaseUrl, dir: path.join(config.dataDir, 'pglite') });
const applied = await migrate(database);
if (applied.length) console.log(`Đã áp dụng migration: ${applied.join(', ')}`);
if (config.demo) {
  const seeded = await seedDemo(database.db);
  if (seeded) console.log('Đã tạo dữ liệu mẫu (demo).');
  // The demo's running and upcoming conferences follow the clock: moved to now on every start.
  else await refreshDemoClock(database.db);
}
// PGlite runs no autovacuum, so nothing refreshes the planner's statistics by itself: without them it
// plans bulk-loaded tables as tiny (nested loops, a roll-up of seconds instead of milliseconds).
if (database.dialect === 'pglite') {
  const analyze = () => database.db.execute(sql`ANALYZE`).catch((e) => console.error('ANALYZE failed', e));
  await analyze();
  setInterval(analyze, 10 * 60_000).unref();
}
const app = await buildApp({ database, config, logger: true });
await app.listen({ port: config.port, host: config.host });
console.log(`\nQuán Triệt đang chạy: http://localhost:${config.port}  (API: /api/docs)`);
console.log(`Nhật ký yêu cầu (log): ${config.logFile ?? 'màn hình (LOG_FILE=-)'}`);
if (config.demo) {
  console.log('Tài khoản mẫu (tên đăng nhập / mật khẩu):');
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.username.padEnd(18)} ${a.password}   ${a.label}`);
}
// Mail from the outbox (when SMTP_URL is set) and the daily notices, in this process, beside the requests.
const worker = startWorker(database, config);
void worker.daily().catch((e) => console.error('daily notifications:', e));
console.log(config.smtpUrl ? `Thư điện tử: gửi qua ${new URL(config.smtpUrl).host}` : 'Thư điện tử: tắt (chưa đặt SMTP_URL); hộp thông báo vẫn hoạt động.');
const stop = async () => { await worker.stop(); await app.close(); await database.close(); process.exit(0); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
