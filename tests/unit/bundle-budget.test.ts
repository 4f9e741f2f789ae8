import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BUDGETED, closure, formatTable, otherPages, pageFiles, report, type Manifest } from '../../scripts/bundle-budget.js';

// A hand-made Vite manifest: the entry imports react and the shell; the home page shares antd with the check-in page,
// whose scanner is a lazy part of its own; css is not JavaScript.
const manifest: Manifest = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_react.js', '_shell.js'], dynamicImports: ['src/pages/home/HomePage.tsx', 'src/pages/checkin/CheckinPage.tsx', 'src/pages/orgs/OrgTreePage.tsx'], css: ['assets/index.css'] },
  '_react.js': { file: 'assets/react.js' },
  '_shell.js': { file: 'assets/shell.js', imports: ['_react.js'] },
  '_antd.js': { file: 'assets/antd.js', imports: ['_react.js'] },
  'src/pages/home/HomePage.tsx': { file: 'assets/HomePage.js', isDynamicEntry: true, imports: ['_antd.js', '_shell.js'] },
  'src/pages/checkin/CheckinPage.tsx': { file: 'assets/CheckinPage.js', isDynamicEntry: true, imports: ['_antd.js'], dynamicImports: ['src/components/QrScanner.tsx'] },
  'src/components/QrScanner.tsx': { file: 'assets/QrScanner.js', isDynamicEntry: true, imports: ['_jsqr.js'] },
  '_jsqr.js': { file: 'assets/jsqr.js' },
  'src/pages/orgs/OrgTreePage.tsx': { file: 'assets/OrgTreePage.js', isDynamicEntry: true, imports: ['_tree.js'] },
  '_tree.js': { file: 'assets/tree.js' },
};
const sizes: Record<string, number> = {
  'assets/index.js': 10_000, 'assets/react.js': 60_000, 'assets/shell.js': 5_000, 'assets/antd.js': 80_000,
  'assets/HomePage.js': 3_000, 'assets/CheckinPage.js': 4_000, 'assets/QrScanner.js': 2_000, 'assets/jsqr.js': 45_000,
  'assets/OrgTreePage.js': 1_000, 'assets/tree.js': 20_000,
};
const sizeOf = (f: string) => ({ raw: sizes[f] * 3, br: sizes[f], gz: Math.round(sizes[f] * 1.2) });

describe('bundle budget', () => {
  it('follows static imports once each, not dynamic ones, and counts only JavaScript', () => {
    expect(closure(manifest, ['index.html']).sort()).toEqual(['assets/index.js', 'assets/react.js', 'assets/shell.js']);
    expect(pageFiles(manifest, { chunks: ['src/pages/home/HomePage.tsx'] }).sort())
      .toEqual(['assets/HomePage.js', 'assets/antd.js', 'assets/index.js', 'assets/react.js', 'assets/shell.js']);
  });

  it('adds a lazy part the page opens at once, and skips a part that is no chunk of its own', () => {
    const page = { chunks: ['src/pages/checkin/CheckinPage.tsx'], parts: ['src/components/QrScanner.tsx', 'src/components/Gone.tsx'] };
    expect(pageFiles(manifest, page)).toEqual(expect.arrayContaining(['assets/QrScanner.js', 'assets/jsqr.js']));
    expect(() => pageFiles(manifest, { chunks: ['src/pages/Nope.tsx'] })).toThrow(/not in the manifest/);
  });

  it('sums the sizes per page and flags a page over its budget', () => {
    const rows = report(manifest, [
      { name: 'home', chunks: ['src/pages/home/HomePage.tsx'], budgetKb: 200 },
      { name: 'check-in', chunks: ['src/pages/checkin/CheckinPage.tsx'], parts: ['src/components/QrScanner.tsx'], budgetKb: 200 },
    ], sizeOf);
    expect(rows[0]).toMatchObject({ name: 'home', files: 5, br: 158_000, gz: 189_600, over: false });
    expect(rows[1]).toMatchObject({ name: 'check-in', files: 7, br: 206_000, over: true });
    const table = formatTable(rows);
    expect(table).toMatch(/home\s+5\s+474\.0\s+158\.0\s+189\.6\s+200 ✓/);
    expect(table).toMatch(/check-in\s+7\s+618\.0\s+206\.0\s+247\.2\s+200 ✗/);
  });

  it('fails the build (exit 1, naming the page) when a budgeted page passes 200 KB, and passes when all fit', () => {
    const run = (heavy: number) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'qt-budget-'));
      const keys = [...new Set(BUDGETED.flatMap((p) => [...p.chunks, ...(p.parts ?? [])]))];
      const built: Manifest = { 'index.html': { file: 'assets/index.js', isEntry: true, dynamicImports: keys } };
      keys.forEach((k, i) => (built[k] = { file: `assets/page${i}.js`, isDynamicEntry: true }));
      mkdirSync(path.join(dir, '.vite'), { recursive: true });
      mkdirSync(path.join(dir, 'assets'));
      writeFileSync(path.join(dir, '.vite', 'manifest.json'), JSON.stringify(built));
      writeFileSync(path.join(dir, 'assets', 'index.js'), 'export {};');
      // Random bytes do not compress: the check-in page (listed last) weighs `heavy` bytes as served.
      keys.forEach((_, i) => writeFileSync(path.join(dir, 'assets', `page${i}.js`), i === keys.length - 1 ? randomBytes(heavy) : 'export {};'));
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bundle-budget.ts'], { env: { ...process.env, WEB_DIST: dir }, encoding: 'utf8' });
      rmSync(dir, { recursive: true, force: true });
      return r;
    };
    const over = run(210_000);
    expect(over.status).toBe(1);
    expect(over.stderr).toMatch(/over 200 KB brotli: .*(check-in|scanner)/);
    const fits = run(150_000);
    expect(fits.status).toBe(0);
    expect(fits.stdout).toMatch(/within 200 KB brotli/);
  });

  it('reports the other route pages without a budget', () => {
    const others = otherPages(manifest, [{ name: 'home', chunks: ['src/pages/home/HomePage.tsx'] }, { name: 'c', chunks: ['src/pages/checkin/CheckinPage.tsx'] }]);
    expect(others).toEqual([{ name: 'orgs/OrgTreePage', chunks: ['src/pages/orgs/OrgTreePage.tsx'] }]);
    expect(report(manifest, others, sizeOf)[0]).toMatchObject({ br: 96_000, over: false });
  });
});
