// Draws the app's install icons (web/public/icons/*.png) from one SVG: the gold star on Party red, as in the
// header's brand mark. Run once after changing the drawing: npx tsx web/pwa/icons.ts (uses Debian's chromium).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { theme } from '../src/theme';

const RED = theme.token!.colorPrimary!;
const GOLD = '#ffd600';
// The favicon's star (web/index.html), on a 32-unit grid centred at 16,16: its points reach 10 units from the
// centre, inside the maskable safe zone (a circle of 40 % of the size), so launchers may crop it to any shape.
const STAR = 'M16 6l2.9 6.3 6.9.7-5.2 4.6 1.5 6.8L16 20.9l-6.1 3.5 1.5-6.8-5.2-4.6 6.9-.7z';

const svg = (size: number, maskable: boolean) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">` +
  `<rect width="32" height="32" rx="${maskable ? 0 : 6}" fill="${RED}"/>` +
  `<path d="${STAR}" fill="${GOLD}" transform="translate(16 16.6) scale(${maskable ? 1 : 1.15}) translate(-16 -15.2)"/></svg>`;

const out = fileURLToPath(new URL('../public/icons/', import.meta.url));
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [name, size, maskable] of [['icon-192.png', 192, false], ['icon-512.png', 512, false], ['maskable-512.png', 512, true], ['apple-touch-icon.png', 180, true]] as const) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg(size, maskable)}</body></html>`);
  await page.locator('svg').screenshot({ path: out + name, omitBackground: true });
}
await browser.close();
