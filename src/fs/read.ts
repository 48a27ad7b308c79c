import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { errorReason } from './collect.js';

export type ReadResult = { bytes: Uint8Array } | { tooLarge: true; head: Uint8Array; size: number } | { error: string };

/** How much of an over-size file is read to tell whether it is a plan. */
const HEAD_BYTES = 64 * 1024;

/**
 * Read a file whole, unless it is over `maxSize`: then only its head, so a
 * 50 MB file costs nothing. Synchronous on purpose: for thousands of small
 * files, one open/fstat/read/close each is several times faster than the
 * promise API, and nothing else runs meanwhile.
 */
export function readLimited(absolute: string, maxSize: number): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(absolute, 'r');
    const info = fstatSync(fd);
    if (!info.isFile()) return { error: 'EISDIR' };
    if (info.size > maxSize) {
      const head = new Uint8Array(Math.min(HEAD_BYTES, info.size));
      readSync(fd, head, 0, head.length, 0);
      return { tooLarge: true, head, size: info.size };
    }
    // Read to the end even if the file grew since fstat, but never past the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.max(info.size - total, 0) + 1);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxSize) {
        const all = Buffer.concat(chunks);
        return { tooLarge: true, head: all.subarray(0, HEAD_BYTES), size: total };
      }
      // A short read of a buffer one byte larger than the file means the end: no extra call to learn it.
      if (n < chunk.length) break;
    }
    return { bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks) };
  } catch (error) {
    return { error: errorReason(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
