import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

// The generated papers as LibreOffice lays them out: converted to PDF by `soffice --headless` and read back with
// poppler's command-line tools (pdfinfo, pdffonts, pdftotext, pdftohtml). Debian: libreoffice-writer-nogui poppler-utils.

const exec = promisify(execFile);
export const OFFICE_TOOLS = ['soffice', 'pdfinfo', 'pdffonts', 'pdftotext', 'pdftohtml'] as const;

/** The tools of OFFICE_TOOLS that are not on PATH. */
export function missingOfficeTools(): string[] {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  return OFFICE_TOOLS.filter((t) => !dirs.some((d) => existsSync(path.join(d, t))));
}

/**
 * Converts .docx files to PDF in `outDir` with one soffice run (its start-up is most of the time). The profile is
 * private to `outDir`: two runs sharing the user's profile would hand the second conversion to the first process.
 * Returns the PDF paths and the time taken.
 */
export async function toPdf(files: string[], outDir: string, timeoutMs = 240_000) {
  const profile = `file://${path.join(outDir, 'lo-profile')}`;
  const t0 = performance.now();
  const r = await exec('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files],
    { timeout: timeoutMs, env: { ...process.env, HOME: outDir } });
  const ms = performance.now() - t0;
  const pdfs = files.map((f) => path.join(outDir, `${path.basename(f, path.extname(f))}.pdf`));
  const lost = pdfs.filter((p) => !existsSync(p));
  if (lost.length) throw new Error(`soffice wrote no ${lost.join(', ')}\n${r.stdout}\n${r.stderr}`);
  return { pdfs, ms };
}

const out = async (cmd: string, args: string[]) => (await exec(cmd, args, { maxBuffer: 32 << 20 })).stdout;

/** Pages and the size of the first page, in points. */
export async function pdfInfo(pdf: string) {
  const s = await out('pdfinfo', [pdf]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(s);
  return { pages: Number(/Pages:\s+(\d+)/.exec(s)?.[1]), width: Number(size?.[1]), height: Number(size?.[2]) };
}

/** The fonts of the file, without the subset prefix ("ABCDEF+LiberationSerif-Bold" → "LiberationSerif-Bold"). */
export async function pdfFonts(pdf: string) {
  const lines = (await out('pdffonts', [pdf])).split('\n').slice(2).filter((l) => l.trim());
  return lines.map((l) => {
    const [name, ...rest] = l.trim().split(/\s+/);
    // The type and encoding may hold spaces ("CID TrueType"); the line ends "emb sub uni objnum gen".
    return { name: name.replace(/^[A-Z]{6}\+/, ''), embedded: rest.at(-5) === 'yes', line: l };
  });
}

/** The text; `layout` keeps the columns of a line apart by spaces, as they stand on the page. */
export const pdfText = (pdf: string, layout = true) => out('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', pdf, '-']);

export interface Line { page: number; top: number; left: number; right: number; size: number; bold: boolean; italic: boolean; text: string }

/**
 * The text pieces as poppler sees them (pdftohtml -xml at zoom 1, so in points from the top left corner): one per
 * line of a block, with its font size and whether it is bold or italic. Two blocks side by side on one line (the
 * header's two columns, the recipients beside the signature) stay separate pieces.
 */
export async function pdfLines(pdf: string) {
  const xml = await out('pdftohtml', ['-xml', '-i', '-stdout', '-zoom', '1', '-enc', 'UTF-8', pdf]);
  const sizes = new Map<string, number>();
  const lines: Line[] = [];
  let page = 0; let width = 0; let height = 0;
  const unescape = (t: string) => t.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  const re = /<page number="(\d+)"[^>]* height="([\d.]+)" width="([\d.]+)">|<fontspec id="(\d+)" size="([\d.]+)"|<text top="([\d.-]+)" left="([\d.-]+)" width="([\d.]+)" height="[\d.]+" font="(\d+)">(.*?)<\/text>/g;
  for (const m of xml.matchAll(re)) {
    if (m[1]) { page = Number(m[1]); height = Number(m[2]); width = Number(m[3]); } else if (m[4]) sizes.set(m[4], Number(m[5]));
    else {
      const left = Number(m[7]);
      lines.push({ page, top: Number(m[6]), left, right: left + Number(m[8]), size: sizes.get(m[9]) ?? 0, bold: /<b>/.test(m[10]), italic: /<i>/.test(m[10]), text: unescape(m[10]).trim() });
    }
  }
  return { lines, page: { width, height } };
}
