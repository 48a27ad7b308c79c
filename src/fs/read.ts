import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { errorReason } from './collect.js';

export type ReadResult = { bytes: Uint8Array } | { tooLarge: true; head: Uint8Array; size: number } | { error: string };

/** How much of an over-size file is read to tell whether it is a plan. */
const HEAD_BYTES = 64 * 1024;

/**
 * Opened without waiting: opening a FIFO that no one writes to blocks until
 * someone does, which is forever. On a regular file the flag changes nothing.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Why a path that is not a regular file cannot be read as a plan: its kind, as the read-error reason. */
function notAFile(info: Stats): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return 'EISDIR';
  if (info.isFIFO()) return 'FIFO';
  if (info.isSocket()) return 'SOCKET';
  return 'DEVICE';
}

/** One buffer for reading files whose size is not asked first (see readLimited). */
const SCRATCH = Buffer.allocUnsafeSlow(64 * 1024);

/**
 * Read a file whole, unless it is over `maxSize`: then only its head, so a
 * 50 MB file costs little. Synchronous on purpose: for thousands of small
 * files, one open/read/close each is several times faster than the promise
 * API, and nothing else runs meanwhile.
 *
 * `found`: the walk or a glob found it as a file (or a link to one), so it is read
 * without asking its size and type first. The answer (fstat) made a Stats
 * object with four dates for every file, which a caseload of 10,000
 * plans pays for 10,000 times. Such a file is read in 64 KiB steps, never past the
 * limit plus one step; a file named by the user is asked first, before it is
 * opened, so that a FIFO, a socket or a device is refused at once (reason
 * FIFO, SOCKET or DEVICE). Every open is non-blocking all the same, so a file
 * swapped for a FIFO meanwhile reads as empty instead of hanging the run.
 */
export function readLimited(absolute: string, maxSize: number, found = false): ReadResult {
  let fd: number | undefined;
  try {
    if (!found) {
      const kind = notAFile(statSync(absolute));
      if (kind) return { error: kind };
    }
    fd = openSync(absolute, OPEN_FLAGS);
    if (!found) {
      const info = fstatSync(fd);
      const kind = notAFile(info);
      if (kind) return { error: kind };
      if (info.size > maxSize) {
        const head = new Uint8Array(Math.min(HEAD_BYTES, info.size));
        readSync(fd, head, 0, head.length, 0);
        return { tooLarge: true, head, size: info.size };
      }
    }
    // Read to the end even if the file grew since it was measured, but never past the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const n = readSync(fd, SCRATCH, 0, SCRATCH.length, null);
      if (n === 0) break;
      // Copied out of the shared buffer (small files from Node's pool: cheap).
      chunks.push(Buffer.from(SCRATCH.subarray(0, n)));
      total += n;
      if (total > maxSize) {
        const all = Buffer.concat(chunks);
        return { tooLarge: true, head: all.subarray(0, HEAD_BYTES), size: total };
      }
      // A short read of a regular file means the end: no extra call to learn it.
      if (n < SCRATCH.length) break;
    }
    return { bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks) };
  } catch (error) {
    return { error: errorReason(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
