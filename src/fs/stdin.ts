import type { Context } from '../context.js';

/**
 * Standard input, as bytes (`--stdin`), read no further than `maxSize` + 1
 * bytes: one byte past the limit is enough for the caller to report the plan
 * as too large (`too-large`), and an endless or huge input is never held in
 * memory. Reading stops there, and the stream is released.
 *
 * Without `maxSize` everything is read (the caller passes --max-size).
 */
export async function readStdin(ctx: Pick<Context, 'stdin'>, maxSize: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (ctx.stdin) {
    for await (const chunk of ctx.stdin) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      const room = maxSize + 1 - total;
      chunks.push(bytes.length > room ? bytes.subarray(0, room) : bytes);
      total += Math.min(bytes.length, room);
      // Leaving the loop ends the iteration, which closes the stream.
      if (total > maxSize) break;
    }
  }
  return Buffer.concat(chunks);
}
