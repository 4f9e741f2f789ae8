// Load client, run in a worker thread so its own work does not share the server's event loop:
// `concurrency` clients on keep-alive connections, each sending the next request as soon as its last one answered.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

export interface LoadJob {
  host: string;
  port: number;
  cookie: string;
  concurrency: number;
  /** GET for a route without a body (the trivial route the check-in rate is compared with); POST by default. */
  method?: 'GET' | 'POST';
  /** Stop issuing new requests after this long, even if some remain. */
  timeLimitMs: number;
  requests: { path: string; body: unknown }[];
}

export interface LoadResult {
  sent: number;
  elapsedMs: number;
  latenciesMs: number[];
  statuses: Record<string, number>;
  results: Record<string, number>;
  /** Person ids the server answered 'recorded' for. */
  recorded: number[];
  errors: string[];
}

function send(agent: http.Agent, job: LoadJob, path: string, body: string | null): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = body === null ? { cookie: job.cookie }
      : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie: job.cookie };
    const req = http.request({ host: job.host, port: job.port, path, method: body === null ? 'GET' : 'POST', agent, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      res.on('error', reject);
    });
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body ?? undefined);
  });
}

async function run(job: LoadJob): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });
  const out: LoadResult = { sent: 0, elapsedMs: 0, latenciesMs: [], statuses: {}, results: {}, recorded: [], errors: [] };
  let next = 0;
  const started = performance.now();
  const client = async () => {
    while (next < job.requests.length && performance.now() - started < job.timeLimitMs) {
      const r = job.requests[next++];
      const t0 = performance.now();
      try {
        const res = await send(agent, job, r.path, job.method === 'GET' ? null : JSON.stringify(r.body));
        out.latenciesMs.push(performance.now() - t0);
        out.statuses[res.status] = (out.statuses[res.status] ?? 0) + 1;
        if (res.status < 300 && job.method !== 'GET') {
          const body = JSON.parse(res.text) as { result: string; person: { id: number } };
          out.results[body.result] = (out.results[body.result] ?? 0) + 1;
          if (body.result === 'recorded') out.recorded.push(body.person.id);
        } else if (out.errors.length < 5) out.errors.push(`${res.status} ${res.text.slice(0, 200)}`);
      } catch (e) {
        out.statuses.error = (out.statuses.error ?? 0) + 1;
        if (out.errors.length < 5) out.errors.push(String(e));
      }
      out.sent++;
    }
  };
  await Promise.all(Array.from({ length: job.concurrency }, client));
  out.elapsedMs = performance.now() - started;
  agent.destroy();
  return out;
}

if (parentPort && workerData) {
  run(workerData as LoadJob).then((r) => parentPort!.postMessage(r));
}
