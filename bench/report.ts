// Results table (markdown), the same text printed and written to bench/results.md.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface Row { figure: string; measured: string; target: string; met: boolean | null }
export interface Section { title: string; notes: string[]; rows: Row[] }

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
    out.push('| Figure | Measured | Target | Verdict |', '|---|---:|---:|---|');
    for (const r of s.rows) out.push(`| ${r.figure} | ${r.measured} | ${r.target} | ${r.met === null ? '—' : r.met ? 'MET' : 'MISSED'} |`);
    out.push('');
  }
  return out.join('\n');
}
