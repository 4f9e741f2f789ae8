// Group commit for hot single-row writes. Calls that arrive while a flush is running wait and go
// together in the next flush, so a burst of N concurrent requests costs a few statements instead of N
// round trips each. A call arriving when the database is idle flushes on the next turn of the event loop
// (setImmediate, no timer): requests already read from the sockets join it. That turn matters on PGlite, whose
// statements run synchronously on this thread: a flush never yields to I/O, so without it nothing would join.

export interface GroupOptions {
  /** Largest number of calls in one flush. */
  maxBatch: number;
  /** Flushes running at the same time (1 on PGlite, which runs one statement at a time anyway). */
  maxInFlight: number;
}

/** What a flush returns per call, in the calls' order: the value, or the error that call must reject with. */
export type Settled<O> = { ok: true; value: O } | { ok: false; error: unknown };

export class GroupQueue<I, O> {
  private queue: { item: I; resolve: (o: O) => void; reject: (e: unknown) => void }[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(private readonly flush: (items: I[]) => Promise<Settled<O>[]>, private readonly opts: GroupOptions) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  private schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  private pump() {
    while (this.inFlight < this.opts.maxInFlight && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.opts.maxBatch);
      this.inFlight++;
      this.flush(batch.map((b) => b.item))
        .then(
          (results) => batch.forEach((b, i) => {
            const r = results[i];
            if (!r) b.reject(new Error('group flush returned fewer results than calls'));
            else if (r.ok) b.resolve(r.value);
            else b.reject(r.error);
          }),
          (e: unknown) => batch.forEach((b) => b.reject(e)),
        )
        .finally(() => {
          this.inFlight--;
          if (this.queue.length) this.schedule();
        });
    }
  }
}
