/**
 * Sharing a list of files between threads: each thread claims the next batch
 * from one shared counter until none is left, so a thread that runs slower
 * (or started later) simply takes fewer batches.
 */

/** Large enough that claiming costs nothing, small enough that threads finish together. */
export const BATCH = 64;

export interface Job<T, O> {
  items: T[];
  options: O;
  /** One Int32: the index of the next unclaimed item. */
  next: SharedArrayBuffer;
}

export function claimBatches<T, R>(job: Pick<Job<T, unknown>, 'items' | 'next'>, work: (item: T) => R, done: (start: number, results: R[]) => void): void {
  const counter = new Int32Array(job.next);
  const n = job.items.length;
  for (;;) {
    const start = Atomics.add(counter, 0, BATCH);
    if (start >= n) return;
    const end = Math.min(start + BATCH, n);
    const results: R[] = [];
    for (let i = start; i < end; i++) results.push(work(job.items[i]!));
    done(start, results);
  }
}
