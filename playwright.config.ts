import { defineConfig, devices } from '@playwright/test';

// Browser tests drive Debian's Chromium (apt-get install -y chromium) against the real server,
// started with a fresh data directory (PGlite + demo data) on port 3199 (E2E_PORT to run several suites at once).
const PORT = Number(process.env.E2E_PORT ?? 3199);
const DATA_DIR = `.tmp/e2e-data/run-${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env.E2E_PORT ? `test-results/port-${PORT}` : 'test-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] } },
  ],
  webServer: {
    // The data directory is removed first so every run starts from the same demo data.
    command: `rm -rf ${DATA_DIR} && mkdir -p ${DATA_DIR} && DATA_DIR=${DATA_DIR} PORT=${PORT} SESSION_SECRET=e2e LOG_LEVEL=warn${process.env.WEB_DIST ? ` WEB_DIST=${process.env.WEB_DIST}` : ''} npx tsx server/main.ts`,
    url: `http://localhost:${PORT}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
