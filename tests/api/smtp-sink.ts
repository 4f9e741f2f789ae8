// A real SMTP server (the smtp-server package) on a free port, as the receiving end of the app's mail in tests.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface Received { to: string[]; subject: string; text: string; raw: string }

/** Decodes RFC 2047 encoded words (=?UTF-8?Q?…?= / ?B?), adjacent ones joined before decoding multi-byte text. */
function decodeWords(s: string) {
  return s.replace(/(=\?utf-8\?[qb]\?[^?]*\?=\s*)+/gi, (run) => {
    const bytes: number[] = [];
    for (const m of run.matchAll(/=\?utf-8\?([qb])\?([^?]*)\?=/gi)) {
      if (m[1].toLowerCase() === 'b') bytes.push(...Buffer.from(m[2], 'base64'));
      else bytes.push(...Buffer.from(m[2].replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1'));
    }
    return Buffer.from(bytes).toString('utf8') + (/\s$/.test(run) ? ' ' : '');
  });
}

/** Reads a single-part text mail as nodemailer writes it (quoted-printable, base64 or plain). */
export function parseMail(raw: string) {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  let body = raw.slice(split + 4);
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1] ?? '';
  const enc = header('Content-Transfer-Encoding').toLowerCase();
  if (enc === 'quoted-printable') {
    body = Buffer.from(body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
  } else if (enc === 'base64') body = Buffer.from(body, 'base64').toString('utf8');
  return { subject: decodeWords(header('Subject')), text: body.replace(/\r\n/g, '\n').trim() };
}

/** Starts the sink; `refuse` set: every recipient is refused with that SMTP reply (550 …), as a real server would. */
export async function startSink() {
  const received: Received[] = [];
  const state: { refuse: string | null } = { refuse: null };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, cb) {
      if (state.refuse) return cb(Object.assign(new Error(state.refuse), { responseCode: 550 }));
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('latin1');
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, ...parseMail(raw) });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    state,
    /** Waits until `n` mails arrived (the worker sends in the background). */
    async waitFor(n: number, ms = 10_000) {
      const until = Date.now() + ms;
      while (received.length < n) {
        if (Date.now() > until) throw new Error(`sink: ${received.length} of ${n} mails arrived`);
        await new Promise((r) => setTimeout(r, 25));
      }
      return received;
    },
    async waitUntil(ok: () => boolean, ms = 10_000) {
      const until = Date.now() + ms;
      while (!ok()) {
        if (Date.now() > until) throw new Error('sink: the awaited mail did not arrive');
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
