/**
 * Reads a Server-Sent Events body the way a browser's EventSource would, for tests of the live streams:
 * `next('checkin')` waits for the next event of that name and returns its data, raw and parsed. With
 * `timeoutMs`, a wait longer than that aborts the stream (the test fails instead of hanging).
 */
export function sseReader(body: ReadableStream<Uint8Array>, abort?: AbortController, timeoutMs?: number) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buf = '';
  const complete = (event: string) => {
    const at = buf.indexOf(`event: ${event}\n`);
    return at >= 0 && buf.indexOf('\n\n', at) >= 0;
  };
  return async (event: string): Promise<{ raw: string; data: any }> => {
    const deadline = timeoutMs && abort ? setTimeout(() => abort.abort(), timeoutMs) : undefined;
    try {
      while (!complete(event)) {
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buf += decoder.decode(value, { stream: true });
      }
    } finally {
      clearTimeout(deadline);
    }
    const at = buf.indexOf(`event: ${event}\n`);
    const end = buf.indexOf('\n\n', at);
    const raw = buf.slice(at, end).split('\n').find((l) => l.startsWith('data: '))!.slice(6);
    buf = buf.slice(end + 2);
    return { raw, data: JSON.parse(raw) };
  };
}
