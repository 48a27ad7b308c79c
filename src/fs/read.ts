import { open } from 'node:fs/promises';
import { errorReason } from './collect.js';

export type ReadResult = { bytes: Uint8Array } | { tooLarge: true; head: Uint8Array; size: number } | { error: string };

/** How much of an over-size file is read to tell whether it is a plan. */
const HEAD_BYTES = 64 * 1024;

/** Read a file whole, unless it is over `maxSize`: then only its head, so a 50 MB file costs nothing. */
export async function readLimited(absolute: string, maxSize: number): Promise<ReadResult> {
  let handle;
  try {
    handle = await open(absolute, 'r');
    const info = await handle.stat();
    if (!info.isFile()) return { error: 'EISDIR' };
    if (info.size > maxSize) {
      const head = new Uint8Array(Math.min(HEAD_BYTES, info.size));
      await handle.read(head, 0, head.length, 0);
      return { tooLarge: true, head, size: info.size };
    }
    const bytes = await handle.readFile();
    // The file may have grown since stat; the limit holds for what was read.
    if (bytes.length > maxSize) return { tooLarge: true, head: bytes.subarray(0, HEAD_BYTES), size: bytes.length };
    return { bytes };
  } catch (error) {
    return { error: errorReason(error) };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
