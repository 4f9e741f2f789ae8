// Results table (markdown), the same text printed and written to bench/results.md.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface Row { figure: string; measured: string; target: string; met: boolean | null }
/** A section has figure rows, or its own table (`right`: the columns aligned right). */
export interface Section { title: string; notes: string[]; rows: Row[]; table?: { head: string[]; right: number[]; rows: string[][] } }

export function machine() {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch { /* not Linux */ }
  let uname = `${os.type()} ${os.release()} ${os.arch()}`;
  try {
    uname = execFileSync('uname', ['-a'], { encoding: 'utf8' }).trim();
  } catch { /* no uname */ }
  return { uname, cpu: `${cpu} × ${os.cpus().length}`, node: process.version, memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB` };
}

export const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : 'n/a');

export function render(sections: Section[], header: string[]): string {
  const out = ['# Benchmark results (`npm run bench`)', '', ...header.map((h) => `- ${h}`), ''];
  for (const s of sections) {
    out.push(`## ${s.title}`, '', ...s.notes.map((n) => `- ${n}`), '');
    if (s.table) {
      const t = s.table;
      out.push(`| ${t.head.join(' | ')} |`, `|${t.head.map((_, i) => (t.right.includes(i) ? '---:' : '---')).join('|')}|`, ...t.rows.map((r) => `| ${r.join(' | ')} |`));
    } else if (s.rows.length) {
      out.push('| Figure | Measured | Target | Verdict |', '|---|---:|---:|---|');
      for (const r of s.rows) out.push(`| ${r.figure} | ${r.measured} | ${r.target} | ${r.met === null ? '—' : r.met ? 'MET' : 'MISSED'} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** A section's name without its details: "PostgreSQL (127.0.0.1:5432, …)" → "PostgreSQL". */
const key = (title: string) => title.split(' (')[0].trim();
const heading = (block: string) => key(block.slice(3).split('\n')[0]);

/**
 * A run of some scenarios only (BENCH_ONLY) rewrites their sections in the existing results and keeps everything
 * else (the header, the other scenarios' sections, sections written by hand). A new section goes after the last
 * section of a scenario `generated` names, or at the end.
 */
export function merge(existing: string, sections: Section[], generated: string[]): string {
  const parts = existing.replace(/\s+$/, '').split(/\n(?=## )/);
  for (const s of sections) {
    const block = render([s], []).split(/\n(?=## )/).slice(1).join('\n').replace(/\s+$/, '') + '\n';
    const at = parts.findIndex((p, i) => i > 0 && heading(p) === key(s.title));
    if (at > 0) parts[at] = block;
    else {
      const last = parts.reduce((l, p, i) => (i > 0 && generated.includes(heading(p)) ? i : l), parts.length - 1);
      parts.splice(last + 1, 0, block);
    }
  }
  return parts.map((p) => (p.endsWith('\n') ? p : p + '\n')).join('\n');
}
