import type { Context } from '../context.js';

/** Everything on standard input, as bytes (`--stdin`). */
export async function readStdin(ctx: Pick<Context, 'stdin'>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  if (ctx.stdin) for await (const chunk of ctx.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
